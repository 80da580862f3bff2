package io.timecoin.model;

import static io.timecoin.model.OrgRole.AUDITOR;
import static io.timecoin.model.OrgRole.INSURER;
import static io.timecoin.model.OrgRole.PLATFORM;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The catalogue of chaincode transactions: each one declared once, with its name, what it takes,
 * what it returns, whether it writes, the event it emits, the organisations that may run it and,
 * for insurance writes, the organisations that must endorse it ({@link
 * WriteTransaction#endorsers}). The contract checks access and emits events from these
 * declarations, the clients send and decode by them ({@code
 * ledger.submit(Transactions.RECORD_EARNING, request)}), and the API derives its role table from
 * them. A new transaction is a declaration here, its name in {@link TransactionNames}, its rule in
 * the contract and its route in the API.
 */
public final class Transactions {

  // Writes of the platform.

  public static final WriteTransaction<RegisterVolunteerRequest, AccountView> REGISTER_VOLUNTEER =
      write(TransactionNames.REGISTER_VOLUNTEER, RegisterVolunteerRequest.class, AccountView.class)
          .emits(EventNames.VOLUNTEER_REGISTERED, VolunteerRegisteredEvent.class, PLATFORM);

  public static final WriteTransaction<SetAccountStatusRequest, AccountView> SET_ACCOUNT_STATUS =
      write(TransactionNames.SET_ACCOUNT_STATUS, SetAccountStatusRequest.class, AccountView.class)
          .emits(EventNames.ACCOUNT_STATUS_CHANGED, AccountStatusChangedEvent.class, PLATFORM);

  public static final WriteTransaction<RecordEarningRequest, EntryView> RECORD_EARNING =
      write(TransactionNames.RECORD_EARNING, RecordEarningRequest.class, EntryView.class)
          .emits(EventNames.EARNING_RECORDED, EarningRecordedEvent.class, PLATFORM);

  public static final WriteTransaction<PayForHelpRequest, MovementView> PAY_FOR_HELP =
      write(TransactionNames.PAY_FOR_HELP, PayForHelpRequest.class, MovementView.class)
          .emits(EventNames.HELP_PAID, HelpPaidEvent.class, PLATFORM);

  public static final WriteTransaction<TransferRequest, MovementView> TRANSFER =
      write(TransactionNames.TRANSFER, TransferRequest.class, MovementView.class)
          .emits(EventNames.COINS_TRANSFERRED, CoinsTransferredEvent.class, PLATFORM);

  public static final WriteTransaction<ReverseEntryRequest, MovementView> REVERSE_ENTRY =
      write(TransactionNames.REVERSE_ENTRY, ReverseEntryRequest.class, MovementView.class)
          .emits(EventNames.ENTRY_REVERSED, EntryReversedEvent.class, PLATFORM);

  public static final WriteTransaction<SetEarningPolicyRequest, EarningPolicyView>
      SET_EARNING_POLICY =
          write(
                  TransactionNames.SET_EARNING_POLICY,
                  SetEarningPolicyRequest.class,
                  EarningPolicyView.class)
              .emits(EventNames.EARNING_POLICY_SET, EarningPolicySetEvent.class, PLATFORM);

  public static final WriteTransaction<PurchaseVoucherRequest, VoucherPurchaseView>
      PURCHASE_VOUCHER =
          write(
                  TransactionNames.PURCHASE_VOUCHER,
                  PurchaseVoucherRequest.class,
                  VoucherPurchaseView.class)
              .endorsedBy(PLATFORM, INSURER)
              .emits(EventNames.VOUCHER_PURCHASED, VoucherPurchasedEvent.class, PLATFORM);

  /**
   * The claim's public request is the argument; its private details travel in the transient map
   * under {@link TransactionNames#CLAIM_PRIVATE_TRANSIENT_KEY}.
   */
  public static final WriteTransaction<ClaimFiling, ClaimView> FILE_CLAIM =
      write(TransactionNames.FILE_CLAIM, ClaimFiling.class, ClaimView.class)
          .withPrivatePart(
              ClaimFiling::request,
              TransactionNames.CLAIM_PRIVATE_TRANSIENT_KEY,
              ClaimFiling::details)
          .endorsedBy(PLATFORM, INSURER)
          .emits(EventNames.CLAIM_FILED, ClaimFiledEvent.class, PLATFORM);

  // Writes of the insurer.

  public static final WriteTransaction<DefineVoucherProductRequest, VoucherProductView>
      DEFINE_VOUCHER_PRODUCT =
          write(
                  TransactionNames.DEFINE_VOUCHER_PRODUCT,
                  DefineVoucherProductRequest.class,
                  VoucherProductView.class)
              .endorsedBy(PLATFORM, INSURER)
              .emits(EventNames.VOUCHER_PRODUCT_DEFINED, VoucherProductDefinedEvent.class, INSURER);

  public static final WriteTransaction<SetProductActiveRequest, VoucherProductView>
      SET_PRODUCT_ACTIVE =
          write(
                  TransactionNames.SET_PRODUCT_ACTIVE,
                  SetProductActiveRequest.class,
                  VoucherProductView.class)
              .endorsedBy(PLATFORM, INSURER)
              .emits(
                  EventNames.VOUCHER_PRODUCT_ACTIVE_SET,
                  VoucherProductActiveSetEvent.class,
                  INSURER);

  public static final WriteTransaction<VoidVoucherRequest, VoucherView> VOID_VOUCHER =
      write(TransactionNames.VOID_VOUCHER, VoidVoucherRequest.class, VoucherView.class)
          .endorsedBy(PLATFORM, INSURER)
          .emits(EventNames.VOUCHER_VOIDED, VoucherVoidedEvent.class, INSURER);

  public static final WriteTransaction<DecideClaimRequest, ClaimView> DECIDE_CLAIM =
      write(TransactionNames.DECIDE_CLAIM, DecideClaimRequest.class, ClaimView.class)
          .endorsedBy(PLATFORM, INSURER)
          .emits(EventNames.CLAIM_DECIDED, ClaimDecidedEvent.class, INSURER);

  public static final WriteTransaction<MarkClaimPaidRequest, ClaimView> MARK_CLAIM_PAID =
      write(TransactionNames.MARK_CLAIM_PAID, MarkClaimPaidRequest.class, ClaimView.class)
          .endorsedBy(PLATFORM, INSURER)
          .emits(EventNames.CLAIM_PAID, ClaimPaidEvent.class, INSURER);

  // Each org's operator registry: one declaration per org, since each write has one writing org.

  public static final WriteTransaction<SetOperatorStatusRequest, OperatorStatusView>
      SET_PLATFORM_OPERATOR_STATUS =
          write(
                  TransactionNames.SET_PLATFORM_OPERATOR_STATUS,
                  SetOperatorStatusRequest.class,
                  OperatorStatusView.class)
              .emits(
                  EventNames.PLATFORM_OPERATOR_STATUS_SET,
                  PlatformOperatorStatusSetEvent.class,
                  PLATFORM);

  public static final WriteTransaction<SetOperatorStatusRequest, OperatorStatusView>
      SET_INSURER_OPERATOR_STATUS =
          write(
                  TransactionNames.SET_INSURER_OPERATOR_STATUS,
                  SetOperatorStatusRequest.class,
                  OperatorStatusView.class)
              .emits(
                  EventNames.INSURER_OPERATOR_STATUS_SET,
                  InsurerOperatorStatusSetEvent.class,
                  INSURER);

  // Hearts and charity projects: written by the platform (launching is the platform operator's).

  public static final WriteTransaction<SetHeartsPolicyRequest, HeartsPolicyView> SET_HEARTS_POLICY =
      write(
              TransactionNames.SET_HEARTS_POLICY,
              SetHeartsPolicyRequest.class,
              HeartsPolicyView.class)
          .emits(EventNames.HEARTS_POLICY_SET, HeartsPolicySetEvent.class, PLATFORM);

  public static final WriteTransaction<RecordHeartsRequest, HeartsEntryView> RECORD_HEARTS =
      write(TransactionNames.RECORD_HEARTS, RecordHeartsRequest.class, HeartsEntryView.class)
          .emits(EventNames.HEARTS_EARNED, HeartsEarnedEvent.class, PLATFORM);

  public static final WriteTransaction<LaunchProjectRequest, ProjectView> LAUNCH_PROJECT =
      write(TransactionNames.LAUNCH_PROJECT, LaunchProjectRequest.class, ProjectView.class)
          .emits(EventNames.PROJECT_LAUNCHED, ProjectLaunchedEvent.class, PLATFORM);

  public static final WriteTransaction<DonateRequest, DonationView> DONATE =
      write(TransactionNames.DONATE, DonateRequest.class, DonationView.class)
          .emits(EventNames.DONATION_MADE, DonationMadeEvent.class, PLATFORM);

  public static final WriteTransaction<ProjectRequest, ProjectProgressView> CHECKPOINT_PROGRESS =
      write(TransactionNames.CHECKPOINT_PROGRESS, ProjectRequest.class, ProjectProgressView.class)
          .emits(EventNames.PROGRESS_CHECKPOINTED, ProgressCheckpointedEvent.class, PLATFORM);

  public static final WriteTransaction<ProjectRequest, ProjectView> CLOSE_PROJECT =
      write(TransactionNames.CLOSE_PROJECT, ProjectRequest.class, ProjectView.class)
          .emits(EventNames.PROJECT_CLOSED, ProjectClosedEvent.class, PLATFORM);

  public static final WriteTransaction<CancelProjectRequest, ProjectView> CANCEL_PROJECT =
      write(TransactionNames.CANCEL_PROJECT, CancelProjectRequest.class, ProjectView.class)
          .emits(EventNames.PROJECT_CANCELLED, ProjectCancelledEvent.class, PLATFORM);

  public static final WriteTransaction<ReturnDonationsRequest, ReturnPage> RETURN_DONATIONS =
      write(TransactionNames.RETURN_DONATIONS, ReturnDonationsRequest.class, ReturnPage.class)
          .emits(EventNames.DONATIONS_RETURNED, DonationsReturnedEvent.class, PLATFORM);

  // Reads. Coin and insurance records are readable by every organisation.

  /** Argument: a volunteerId. */
  public static final ReadTransaction<String, AccountView> GET_ACCOUNT =
      byId(TransactionNames.GET_ACCOUNT, AccountView.class, Identifiers::requireVolunteerId);

  public static final ReadTransaction<ListEntriesRequest, EntryPage> LIST_ENTRIES =
      byQuery(TransactionNames.LIST_ENTRIES, ListEntriesRequest.class, EntryPage.class);

  /** Argument: an entryId, {@code txId:leg}. */
  public static final ReadTransaction<String, EntryView> GET_ENTRY =
      byId(TransactionNames.GET_ENTRY, EntryView.class, Identifiers::requireEntryId);

  /** Argument: the requestId of a write; the way to settle an unknown outcome. */
  public static final ReadTransaction<String, RequestView> GET_REQUEST =
      byId(TransactionNames.GET_REQUEST, RequestView.class, OrgRequestId::requireArgument);

  /** Argument: {@code ""} for the version in force, else a version number such as {@code "3"}. */
  public static final ReadTransaction<String, EarningPolicyView> GET_EARNING_POLICY =
      byId(
          TransactionNames.GET_EARNING_POLICY,
          EarningPolicyView.class,
          version -> version.isEmpty() ? version : Long.toString(PolicyVersions.parse(version)));

  /** Raw key history is for auditors only. */
  public static final ReadTransaction<KeyHistoryRequest, KeyHistoryView> GET_KEY_HISTORY =
      byQuery(
          TransactionNames.GET_KEY_HISTORY, KeyHistoryRequest.class, KeyHistoryView.class, AUDITOR);

  /** Argument: a product code. */
  public static final ReadTransaction<String, VoucherProductView> GET_PRODUCT =
      byId(
          TransactionNames.GET_PRODUCT,
          VoucherProductView.class,
          InsuranceFields::requireProductCode);

  /** Argument: {@code ""}. */
  public static final ReadTransaction<String, VoucherProductList> LIST_PRODUCTS =
      byId(TransactionNames.LIST_PRODUCTS, VoucherProductList.class, argument -> argument);

  /** Argument: a voucherId. */
  public static final ReadTransaction<String, VoucherView> GET_VOUCHER =
      byId(TransactionNames.GET_VOUCHER, VoucherView.class, InsuranceFields::requireVoucherId);

  /** Argument: a volunteerId. */
  public static final ReadTransaction<String, VoucherList> LIST_VOUCHERS =
      byId(TransactionNames.LIST_VOUCHERS, VoucherList.class, Identifiers::requireVolunteerId);

  /** Argument: a claimId. The public part, so the auditor sees the private details' hash. */
  public static final ReadTransaction<String, ClaimView> GET_CLAIM =
      byId(TransactionNames.GET_CLAIM, ClaimView.class, InsuranceFields::requireClaimId);

  /** Argument: a claimId. Only the members of the claim details collection. */
  public static final ReadTransaction<String, SealedClaimPrivate> GET_CLAIM_PRIVATE =
      new ReadTransaction<>(
          TransactionNames.GET_CLAIM_PRIVATE,
          String.class,
          SealedClaimPrivate.class,
          EnumSet.of(PLATFORM, INSURER),
          InsuranceFields::requireClaimId);

  public static final ReadTransaction<ListClaimsRequest, ClaimPage> LIST_CLAIMS =
      byQuery(TransactionNames.LIST_CLAIMS, ListClaimsRequest.class, ClaimPage.class);

  /** Any organisation's operator's standing: the registry is public, like the entries. */
  public static final ReadTransaction<OperatorStatusQuery, OperatorStatusView> GET_OPERATOR_STATUS =
      byQuery(
          TransactionNames.GET_OPERATOR_STATUS,
          OperatorStatusQuery.class,
          OperatorStatusView.class);

  /** Argument: a volunteerId. */
  public static final ReadTransaction<String, HeartsAccountView> GET_HEARTS_ACCOUNT =
      byId(
          TransactionNames.GET_HEARTS_ACCOUNT,
          HeartsAccountView.class,
          Identifiers::requireVolunteerId);

  /** Argument: {@code ""} for the version in force, else a version number. */
  public static final ReadTransaction<String, HeartsPolicyView> GET_HEARTS_POLICY =
      byId(
          TransactionNames.GET_HEARTS_POLICY,
          HeartsPolicyView.class,
          version -> version.isEmpty() ? version : Long.toString(PolicyVersions.parse(version)));

  /** Argument: a projectId. Projects are public to every organisation. */
  public static final ReadTransaction<String, ProjectView> GET_PROJECT =
      byId(TransactionNames.GET_PROJECT, ProjectView.class, HeartsFields::requireProjectId);

  /** Argument: a projectId. */
  public static final ReadTransaction<String, ProjectProgressView> GET_PROJECT_PROGRESS =
      byId(
          TransactionNames.GET_PROJECT_PROGRESS,
          ProjectProgressView.class,
          HeartsFields::requireProjectId);

  /** The donation rows (who gave what) are for auditors. */
  public static final ReadTransaction<ListDonationsRequest, DonationPage> LIST_DONATIONS =
      byQuery(
          TransactionNames.LIST_DONATIONS, ListDonationsRequest.class, DonationPage.class, AUDITOR);

  /** Every transaction, writes first, in declaration order. */
  public static final List<LedgerTransaction<?, ?>> ALL =
      List.of(
          REGISTER_VOLUNTEER,
          SET_ACCOUNT_STATUS,
          RECORD_EARNING,
          PAY_FOR_HELP,
          TRANSFER,
          REVERSE_ENTRY,
          SET_EARNING_POLICY,
          PURCHASE_VOUCHER,
          FILE_CLAIM,
          DEFINE_VOUCHER_PRODUCT,
          SET_PRODUCT_ACTIVE,
          VOID_VOUCHER,
          DECIDE_CLAIM,
          MARK_CLAIM_PAID,
          SET_PLATFORM_OPERATOR_STATUS,
          SET_INSURER_OPERATOR_STATUS,
          SET_HEARTS_POLICY,
          RECORD_HEARTS,
          LAUNCH_PROJECT,
          DONATE,
          CHECKPOINT_PROGRESS,
          CLOSE_PROJECT,
          CANCEL_PROJECT,
          RETURN_DONATIONS,
          GET_ACCOUNT,
          LIST_ENTRIES,
          GET_ENTRY,
          GET_REQUEST,
          GET_EARNING_POLICY,
          GET_KEY_HISTORY,
          GET_PRODUCT,
          LIST_PRODUCTS,
          GET_VOUCHER,
          LIST_VOUCHERS,
          GET_CLAIM,
          GET_CLAIM_PRIVATE,
          LIST_CLAIMS,
          GET_OPERATOR_STATUS,
          GET_HEARTS_ACCOUNT,
          GET_HEARTS_POLICY,
          GET_PROJECT,
          GET_PROJECT_PROGRESS,
          LIST_DONATIONS);

  static {
    Set<String> names = new HashSet<>();
    for (LedgerTransaction<?, ?> transaction : ALL) {
      if (!names.add(transaction.name())) {
        throw new IllegalStateException("declared twice: " + transaction.name());
      }
    }
  }

  private Transactions() {}

  /**
   * The transaction with this chaincode function name.
   *
   * @param name a function name
   * @return the declaration, or empty for a name the contract does not have
   */
  public static Optional<LedgerTransaction<?, ?>> named(String name) {
    return ALL.stream().filter(transaction -> transaction.name().equals(name)).findFirst();
  }

  /**
   * The write whose event has this name.
   *
   * @param eventName an event name
   * @return the write that emits it, or empty for an unknown event
   */
  public static Optional<WriteTransaction<?, ?>> emitting(String eventName) {
    return ALL.stream()
        .filter(WriteTransaction.class::isInstance)
        .<WriteTransaction<?, ?>>map(WriteTransaction.class::cast)
        .filter(write -> write.eventName().equals(eventName))
        .findFirst();
  }

  /** The first half of a write's declaration; {@link WriteBuilder#emits} completes it. */
  private static <Q extends WriteRequest, R> WriteBuilder<Q, R> write(
      String name, Class<Q> requestType, Class<R> resultType) {
    return new WriteBuilder<>(name, requestType, resultType, request -> request, null, Set.of());
  }

  private static <R> ReadTransaction<String, R> byId(
      String name, Class<R> resultType, UnaryOperator<String> check) {
    return new ReadTransaction<>(
        name, String.class, resultType, EnumSet.allOf(OrgRole.class), check::apply);
  }

  private static <A, R> ReadTransaction<A, R> byQuery(
      String name, Class<A> queryType, Class<R> resultType, OrgRole... roles) {
    Set<OrgRole> allowed =
        roles.length == 0 ? EnumSet.allOf(OrgRole.class) : EnumSet.copyOf(Arrays.asList(roles));
    return new ReadTransaction<>(name, queryType, resultType, allowed, LedgerJson::write);
  }

  private record WriteBuilder<Q extends WriteRequest, R>(
      String name,
      Class<Q> requestType,
      Class<R> resultType,
      Function<Q, Object> argument,
      WriteTransaction.PrivatePart<Q> privatePart,
      Set<OrgRole> endorsers) {

    WriteBuilder<Q, R> withPrivatePart(
        Function<Q, Object> publicPart, String key, Function<Q, Object> privateValue) {
      return new WriteBuilder<>(
          name,
          requestType,
          resultType,
          publicPart,
          new WriteTransaction.PrivatePart<>(key, privateValue),
          endorsers);
    }

    /** The organisations that must endorse: see {@link WriteTransaction#endorsers()}. */
    WriteBuilder<Q, R> endorsedBy(OrgRole... roles) {
      return new WriteBuilder<>(
          name,
          requestType,
          resultType,
          argument,
          privatePart,
          EnumSet.copyOf(Arrays.asList(roles)));
    }

    WriteTransaction<Q, R> emits(String eventName, Class<?> eventType, OrgRole writer) {
      return new WriteTransaction<>(
          name,
          requestType,
          resultType,
          eventName,
          eventType,
          EnumSet.of(writer),
          argument,
          privatePart,
          endorsers);
    }
  }
}
