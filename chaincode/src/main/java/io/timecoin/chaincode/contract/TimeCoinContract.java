package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.access.Submitter;
import io.timecoin.chaincode.clock.EndorserClock;
import io.timecoin.chaincode.clock.TimestampWindow;
import io.timecoin.chaincode.domain.Account;
import io.timecoin.chaincode.domain.Claims;
import io.timecoin.chaincode.domain.EarningPolicy;
import io.timecoin.chaincode.domain.Movements;
import io.timecoin.chaincode.domain.Operators;
import io.timecoin.chaincode.domain.Posting;
import io.timecoin.chaincode.domain.TxStamp;
import io.timecoin.chaincode.domain.Voucher;
import io.timecoin.chaincode.domain.Vouchers;
import io.timecoin.chaincode.store.InsuranceStore;
import io.timecoin.chaincode.store.StatusChange;
import io.timecoin.model.AccountStatusChangedEvent;
import io.timecoin.model.ClaimDecidedEvent;
import io.timecoin.model.ClaimFiledEvent;
import io.timecoin.model.ClaimPaidEvent;
import io.timecoin.model.ClaimPrivateDetails;
import io.timecoin.model.ClaimPrivateSeal;
import io.timecoin.model.ClaimPrivateView;
import io.timecoin.model.ClaimView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.CoinsTransferredEvent;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.DefineVoucherProductRequest;
import io.timecoin.model.EarningPolicySetEvent;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EntryReversedEvent;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.HelpPaidEvent;
import io.timecoin.model.InsurerOperatorStatusSetEvent;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.OperatorStatusView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PlatformOperatorStatusSetEvent;
import io.timecoin.model.PolicyVersions;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.ReadTransaction;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.SetOperatorStatusRequest;
import io.timecoin.model.SetProductActiveRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.Transactions;
import io.timecoin.model.TransferRequest;
import io.timecoin.model.VoidVoucherRequest;
import io.timecoin.model.VolunteerRegisteredEvent;
import io.timecoin.model.VoucherList;
import io.timecoin.model.VoucherProductActiveSetEvent;
import io.timecoin.model.VoucherProductDefinedEvent;
import io.timecoin.model.VoucherProductList;
import io.timecoin.model.VoucherProductView;
import io.timecoin.model.VoucherPurchaseView;
import io.timecoin.model.VoucherPurchasedEvent;
import io.timecoin.model.VoucherView;
import io.timecoin.model.VoucherVoidedEvent;
import io.timecoin.model.WriteRequest;
import io.timecoin.model.WriteTransaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The timecoin contract. Every transaction is declared once in {@link Transactions} (name, request,
 * result, event, who may run it); each annotated method here only routes its function into the one
 * write path or the one read path with its rule. The write path sequences authorize, parse,
 * idempotency, the rule (load, domain rules, store) and the declared event; rules are left to the
 * domain. Every check runs before the first write, so a refusal changes nothing. Access is checked
 * before the request is even parsed, so a caller without rights learns nothing about the input.
 */
@Contract(
    name = "timecoin",
    info = @Info(title = "timecoin", description = "Volunteer time coins", version = "0.2.0"))
@Default
public final class TimeCoinContract implements ContractInterface {

  // Read once per JVM: the shim creates a contract instance for every transaction.
  private static final AccessPolicy CONFIGURED_POLICY =
      AccessPolicy.fromEnvironment(System.getenv());

  // Read once per JVM, like the roles; the only clock the chaincode has (see EndorserClock).
  private static final TimestampWindow CONFIGURED_WINDOW =
      TimestampWindow.fromEnvironment(System.getenv(), EndorserClock.system());

  /** Names of all transaction functions, each of which takes exactly one argument. */
  static final Set<String> FUNCTIONS =
      Arrays.stream(TimeCoinContract.class.getMethods())
          .map(method -> method.getAnnotation(Transaction.class))
          .filter(Objects::nonNull)
          .map(Transaction::name)
          .collect(Collectors.toUnmodifiableSet());

  private final AccessPolicy policy;
  private final TimestampWindow window;

  public TimeCoinContract() {
    this(CONFIGURED_POLICY, CONFIGURED_WINDOW);
  }

  /**
   * A contract with an explicit role map and timestamp window, for running it outside a peer (the
   * in-process ledger and tests); the peer uses the no-argument constructor, {@code
   * TIMECOIN_ORG_ROLES} and {@code TIMECOIN_TIMESTAMP_WINDOW}.
   *
   * @param policy who may do what
   * @param window how far a write's timestamp may lie from the endorser's clock
   */
  public TimeCoinContract(AccessPolicy policy, TimestampWindow window) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.window = Objects.requireNonNull(window, "window");
  }

  @Override
  public TimeCoinContext createContext(ChaincodeStub stub) {
    return TransactionBoundary.open(stub, policy, window);
  }

  @Override
  public void unknownTransaction(Context ctx) {
    throw TransactionBoundary.unknownFunction(ctx.getStub().getTxId());
  }

  /** Opens an ACTIVE, empty account. Returns the {@code AccountView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.REGISTER_VOLUNTEER)
  public String registerVolunteer(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.REGISTER_VOLUNTEER, requestJson, TimeCoinContract::openAccount);
  }

  /** Freezes, unfreezes or closes an account. Returns the {@code AccountView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.SET_ACCOUNT_STATUS)
  public String setAccountStatus(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx, Transactions.SET_ACCOUNT_STATUS, requestJson, TimeCoinContract::changeAccountStatus);
  }

  /** Credits one verified activity within the earning policy. Returns the new {@code EntryView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.RECORD_EARNING)
  public String recordEarning(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.RECORD_EARNING, requestJson, TimeCoinContract::creditEarning);
  }

  /** A help requester pays a helper. Returns the {@code MovementView} (two legs). */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.PAY_FOR_HELP)
  public String payForHelp(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.PAY_FOR_HELP, requestJson, TimeCoinContract::payHelper);
  }

  /** A gift of coins between volunteers. Returns the {@code MovementView} (two legs). */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.TRANSFER)
  public String transfer(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.TRANSFER, requestJson, TimeCoinContract::giveCoins);
  }

  /**
   * Reverses the whole movement an entry belongs to with REVERSAL entries. Returns the {@code
   * MovementView} of the reversal.
   */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.REVERSE_ENTRY)
  public String reverseEntry(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.REVERSE_ENTRY, requestJson, TimeCoinContract::reverseMovement);
  }

  /** Sets a new version of the earning policy. Returns the {@code EarningPolicyView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.SET_EARNING_POLICY)
  public String setEarningPolicy(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx, Transactions.SET_EARNING_POLICY, requestJson, TimeCoinContract::nextEarningPolicy);
  }

  /** Returns the {@code AccountView} of {@code volunteerId}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_ACCOUNT)
  public String getAccount(TimeCoinContext ctx, String volunteerId) {
    return read(
        ctx, Transactions.GET_ACCOUNT, volunteerId, id -> ctx.ledger().requireAccount(id).view());
  }

  /** Returns one {@code EntryPage} of an account's entries, by sequence or by time. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.LIST_ENTRIES)
  public String listEntries(TimeCoinContext ctx, String requestJson) {
    return read(
        ctx,
        Transactions.LIST_ENTRIES,
        requestJson,
        request ->
            ctx.pager().list(request, ctx.ledger().requireAccount(request.volunteerId()).view()));
  }

  /** Returns the {@code EntryView} with id {@code entryId}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_ENTRY)
  public String getEntry(TimeCoinContext ctx, String entryId) {
    return read(ctx, Transactions.GET_ENTRY, entryId, id -> ctx.ledger().requireEntry(id));
  }

  /** Returns the {@code RequestView} of a processed write request. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_REQUEST)
  public String getRequest(TimeCoinContext ctx, String requestId) {
    return read(
        ctx,
        Transactions.GET_REQUEST,
        requestId,
        id ->
            ctx.requests()
                .find(ctx.requestScope(id))
                .orElseThrow(
                    () ->
                        new LedgerValidationException(
                            ErrorCode.REQUEST_NOT_FOUND,
                            "no write with this requestId has been recorded")));
  }

  /** Returns the current {@code EarningPolicyView} for {@code ""}, else the given version. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_EARNING_POLICY)
  public String getEarningPolicy(TimeCoinContext ctx, String version) {
    return read(
        ctx,
        Transactions.GET_EARNING_POLICY,
        version,
        wanted -> {
          if (wanted.isEmpty()) {
            return ctx.ledger().currentPolicy().orElseThrow(EarningPolicy::notSet);
          }
          return ctx.ledger()
              .policy(PolicyVersions.parse(wanted))
              .orElseThrow(
                  () ->
                      new LedgerValidationException(
                          ErrorCode.POLICY_VERSION_NOT_FOUND,
                          "no earning policy with this version has been set"));
        });
  }

  /** Returns the {@code KeyHistoryView} of one record. Auditors only. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_KEY_HISTORY)
  public String getKeyHistory(TimeCoinContext ctx, String requestJson) {
    return read(ctx, Transactions.GET_KEY_HISTORY, requestJson, ctx.history()::of);
  }

  /** Defines a voucher product, active at once. Returns the {@code VoucherProductView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.DEFINE_VOUCHER_PRODUCT)
  public String defineVoucherProduct(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx, Transactions.DEFINE_VOUCHER_PRODUCT, requestJson, TimeCoinContract::defineProduct);
  }

  /** Opens or closes a product for purchases. Returns the {@code VoucherProductView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.SET_PRODUCT_ACTIVE)
  public String setProductActive(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx, Transactions.SET_PRODUCT_ACTIVE, requestJson, TimeCoinContract::switchProduct);
  }

  /** Burns a product's price and creates a voucher. Returns the {@code VoucherPurchaseView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.PURCHASE_VOUCHER)
  public String purchaseVoucher(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.PURCHASE_VOUCHER, requestJson, TimeCoinContract::buyVoucher);
  }

  /** The insurer voids an ACTIVE voucher. Returns the {@code VoucherView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.VOID_VOUCHER)
  public String voidVoucher(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.VOID_VOUCHER, requestJson, TimeCoinContract::voidActiveVoucher);
  }

  /**
   * Files a claim on the claimant's voucher; the private details come in the transient map and go
   * to the private data collection. Returns the public {@code ClaimView}.
   */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.FILE_CLAIM)
  public String fileClaim(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Transactions.FILE_CLAIM,
        () ->
            new ClaimSubmission(
                LedgerJson.read(requestJson, FileClaimRequest.class),
                ctx.claimPrivateInput().hash()),
        TimeCoinContract::fileNewClaim);
  }

  /** Approves or rejects a FILED claim. Returns the {@code ClaimView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.DECIDE_CLAIM)
  public String decideClaim(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.DECIDE_CLAIM, requestJson, TimeCoinContract::decideFiledClaim);
  }

  /** Marks an APPROVED claim paid. Returns the {@code ClaimView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.MARK_CLAIM_PAID)
  public String markClaimPaid(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx, Transactions.MARK_CLAIM_PAID, requestJson, TimeCoinContract::payApprovedClaim);
  }

  /**
   * The platform suspends, reinstates or revokes one of its own operators in its registry on the
   * ledger. Returns the {@code OperatorStatusView}.
   */
  @Transaction(
      intent = Transaction.TYPE.SUBMIT,
      name = TransactionNames.SET_PLATFORM_OPERATOR_STATUS)
  public String setPlatformOperatorStatus(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Transactions.SET_PLATFORM_OPERATOR_STATUS,
        requestJson,
        (c, submitter, request) -> {
          OperatorStatusView next = changeOperatorStatus(c, submitter, request);
          return new Outcome(
              next,
              new PlatformOperatorStatusSetEvent(
                  next.mspId(), next.certificateId(), next.status()));
        });
  }

  /** The insurer's counterpart of {@link #setPlatformOperatorStatus}. */
  @Transaction(
      intent = Transaction.TYPE.SUBMIT,
      name = TransactionNames.SET_INSURER_OPERATOR_STATUS)
  public String setInsurerOperatorStatus(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Transactions.SET_INSURER_OPERATOR_STATUS,
        requestJson,
        (c, submitter, request) -> {
          OperatorStatusView next = changeOperatorStatus(c, submitter, request);
          return new Outcome(
              next,
              new InsurerOperatorStatusSetEvent(next.mspId(), next.certificateId(), next.status()));
        });
  }

  /** Returns an operator identity's {@code OperatorStatusView} (ACTIVE if never changed). */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_OPERATOR_STATUS)
  public String getOperatorStatus(TimeCoinContext ctx, String requestJson) {
    return read(
        ctx,
        Transactions.GET_OPERATOR_STATUS,
        requestJson,
        query -> ctx.operators().statusOf(query.mspId(), query.certificateId()));
  }

  /** Returns the {@code VoucherProductView} with this code. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_PRODUCT)
  public String getProduct(TimeCoinContext ctx, String code) {
    return read(ctx, Transactions.GET_PRODUCT, code, ctx.insurance()::requireProduct);
  }

  /** Returns every product as a {@code VoucherProductList}; the argument must be {@code ""}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.LIST_PRODUCTS)
  public String listProducts(TimeCoinContext ctx, String unused) {
    return read(
        ctx,
        Transactions.LIST_PRODUCTS,
        unused,
        none -> new VoucherProductList(ctx.insurance().products()));
  }

  /** Returns the {@code VoucherView} with its status as of this query. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_VOUCHER)
  public String getVoucher(TimeCoinContext ctx, String voucherId) {
    return read(
        ctx,
        Transactions.GET_VOUCHER,
        voucherId,
        id -> ctx.insurance().requireVoucher(id).viewAt(ctx.time()));
  }

  /** Returns a volunteer's vouchers as a {@code VoucherList}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.LIST_VOUCHERS)
  public String listVouchers(TimeCoinContext ctx, String volunteerId) {
    return read(
        ctx,
        Transactions.LIST_VOUCHERS,
        volunteerId,
        id ->
            new VoucherList(
                ctx.insurance().vouchersOf(id).stream()
                    .map(voucher -> voucher.viewAt(ctx.time()))
                    .toList()));
  }

  /** Returns the public {@code ClaimView}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_CLAIM)
  public String getClaim(TimeCoinContext ctx, String claimId) {
    return read(ctx, Transactions.GET_CLAIM, claimId, ctx.insurance()::requireClaim);
  }

  /** Returns the {@code ClaimPrivateView}; collection members only. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_CLAIM_PRIVATE)
  public String getClaimPrivate(TimeCoinContext ctx, String claimId) {
    return read(
        ctx,
        Transactions.GET_CLAIM_PRIVATE,
        claimId,
        id -> {
          // Sealed under the caller's one-time key from the transient map: even if this read were
          // submitted for ordering, the block would hold ciphertext only (ClaimPrivateSeal).
          byte[] key = ctx.claimPrivateReadKey();
          ClaimView claim = ctx.insurance().requireClaim(id);
          ClaimPrivateDetails details = ctx.insurance().requirePrivateDetails(claim.claimId());
          return ClaimPrivateSeal.seal(
              key,
              ctx.txId(),
              new ClaimPrivateView(
                  claim.claimId(), details, InsuranceStore.hashOf(LedgerJson.writeBytes(details))));
        });
  }

  /** Returns one {@code ClaimPage} of the claims in one status. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.LIST_CLAIMS)
  public String listClaims(TimeCoinContext ctx, String requestJson) {
    return read(ctx, Transactions.LIST_CLAIMS, requestJson, ctx.insurance()::claims);
  }

  /** Sets a new version of the hearts policy. Returns the {@code HeartsPolicyView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.SET_HEARTS_POLICY)
  public String setHeartsPolicy(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.SET_HEARTS_POLICY, requestJson, HeartsRules::setPolicy);
  }

  /** Credits the hearts of one verified charity task. Returns the {@code HeartsEntryView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.RECORD_HEARTS)
  public String recordHearts(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.RECORD_HEARTS, requestJson, HeartsRules::recordHearts);
  }

  /** Launches a charity project. Returns the {@code ProjectView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.LAUNCH_PROJECT)
  public String launchProject(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.LAUNCH_PROJECT, requestJson, HeartsRules::launch);
  }

  /** Gives hearts to an OPEN project as a new row. Returns the {@code DonationView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.DONATE)
  public String donate(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.DONATE, requestJson, HeartsRules::donate);
  }

  /** Adds final rows to the project's checkpoint. Returns the {@code ProjectProgressView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.CHECKPOINT_PROGRESS)
  public String checkpointProgress(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.CHECKPOINT_PROGRESS, requestJson, HeartsRules::checkpoint);
  }

  /**
   * Closes a project as FUNDED or EXPIRED with the sum of its rows. Returns the {@code
   * ProjectView}.
   */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.CLOSE_PROJECT)
  public String closeProject(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.CLOSE_PROJECT, requestJson, HeartsRules::close);
  }

  /** Calls off an OPEN project. Returns the {@code ProjectView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.CANCEL_PROJECT)
  public String cancelProject(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.CANCEL_PROJECT, requestJson, HeartsRules::cancel);
  }

  /**
   * Gives back the next page of an unfunded project's donations. Returns the {@code ReturnPage}.
   */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.RETURN_DONATIONS)
  public String returnDonations(TimeCoinContext ctx, String requestJson) {
    return write(ctx, Transactions.RETURN_DONATIONS, requestJson, HeartsRules::returnDonations);
  }

  /** Returns the {@code HeartsAccountView} of {@code volunteerId}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_HEARTS_ACCOUNT)
  public String getHeartsAccount(TimeCoinContext ctx, String volunteerId) {
    return read(
        ctx,
        Transactions.GET_HEARTS_ACCOUNT,
        volunteerId,
        id -> HeartsRules.heartsAccount(ctx, id));
  }

  /** Returns the current {@code HeartsPolicyView} for {@code ""}, else the given version. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_HEARTS_POLICY)
  public String getHeartsPolicy(TimeCoinContext ctx, String version) {
    return read(
        ctx, Transactions.GET_HEARTS_POLICY, version, v -> HeartsRules.heartsPolicy(ctx, v));
  }

  /** Returns the {@code ProjectView} with this id. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_PROJECT)
  public String getProject(TimeCoinContext ctx, String projectId) {
    return read(ctx, Transactions.GET_PROJECT, projectId, ctx.hearts()::requireProject);
  }

  /** Returns the {@code ProjectProgressView}: the sum of the project's rows. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_PROJECT_PROGRESS)
  public String getProjectProgress(TimeCoinContext ctx, String projectId) {
    return read(
        ctx, Transactions.GET_PROJECT_PROGRESS, projectId, id -> HeartsRules.progress(ctx, id));
  }

  /** Returns one {@code DonationPage} of a project's rows. Auditors only. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.LIST_DONATIONS)
  public String listDonations(TimeCoinContext ctx, String requestJson) {
    return read(
        ctx,
        Transactions.LIST_DONATIONS,
        requestJson,
        request -> HeartsRules.donations(ctx, request));
  }

  // The rules of the writes: load, domain rules, store; each returns the result and the event.

  private static Outcome openAccount(
      TimeCoinContext ctx, Submitter submitter, RegisterVolunteerRequest request) {
    ctx.ledger().requireNoAccount(request.volunteerId());
    Account account = Account.open(request.volunteerId(), ctx.timestamp());
    ctx.ledger().putAccount(account);
    return new Outcome(
        account.view(),
        new VolunteerRegisteredEvent(
            request.volunteerId(), request.requestId(), account.view().createdAt()));
  }

  private static Outcome changeAccountStatus(
      TimeCoinContext ctx, Submitter submitter, SetAccountStatusRequest request) {
    Account before = ctx.ledger().requireAccount(request.volunteerId());
    Account after = before.withStatus(request.status());
    TxStamp tx = ctx.stamp(submitter);
    ctx.ledger().putAccount(after);
    ctx.ledger()
        .putStatusChange(
            new StatusChange(
                request.volunteerId(),
                before.view().status(),
                request.status(),
                request.reason(),
                tx.txId(),
                tx.timestamp(),
                tx.recordedBy()));
    return new Outcome(
        after.view(), new AccountStatusChangedEvent(request.volunteerId(), request.status()));
  }

  private static Outcome creditEarning(
      TimeCoinContext ctx, Submitter submitter, RecordEarningRequest request) {
    String volunteerId = request.volunteerId();
    // The branch is the verifier's certificate's, never the request's: a request may only repeat
    // it.
    String branch = EarningPolicy.verifyingBranch(request, submitter.branch());
    Account account = ctx.ledger().requireAccount(volunteerId);
    EarningPolicy policy = EarningPolicy.current(ctx.ledger().currentPolicy());
    boolean credited = ctx.ledger().isActivityCredited(volunteerId, request.activityId());
    Posting posting = account.earn(request, branch, credited, ctx.stamp(submitter));
    // The day's total is kept in the account, which this earning reads and writes anyway.
    String day = policy.dayOf(ctx.time());
    CoinAmount dayTotal = policy.admit(request.coins(), branch, account.earnedOn(day));
    EntryView entry = posting.entry();
    ctx.ledger().putAccount(posting.account().withEarnedOn(day, dayTotal));
    ctx.ledger().putEntry(entry);
    ctx.ledger().markActivityCredited(entry);
    return new Outcome(entry, earningRecorded(entry, request));
  }

  private static Outcome payHelper(
      TimeCoinContext ctx, Submitter submitter, PayForHelpRequest request) {
    return twoLegs(
        ctx,
        request.requesterId(),
        request.helperId(),
        request.coins(),
        (requester, helper) ->
            Movements.payForHelp(requester, helper, request, ctx.stamp(submitter)),
        HelpPaidEvent::new);
  }

  private static Outcome giveCoins(
      TimeCoinContext ctx, Submitter submitter, TransferRequest request) {
    HeartsRules.requireCoins(request.unit());
    return twoLegs(
        ctx,
        request.fromId(),
        request.toId(),
        request.coins(),
        (from, to) -> Movements.transfer(from, to, request, ctx.stamp(submitter)),
        CoinsTransferredEvent::new);
  }

  private static Outcome reverseMovement(
      TimeCoinContext ctx, Submitter submitter, ReverseEntryRequest request) {
    EntryView target = ctx.ledger().requireEntry(request.entryId());
    Movements.requireReversible(target, ctx.ledger().isReversed(target.txId()));
    List<EntryView> originals = new ArrayList<>();
    List<Account> accounts = new ArrayList<>();
    for (int leg = 0; leg < Movements.legsOf(target.type()); leg++) {
      EntryView original =
          leg == target.leg() ? target : ctx.ledger().requireEntry(target.txId() + ":" + leg);
      originals.add(original);
      accounts.add(ctx.ledger().requireAccount(original.volunteerId()));
    }
    List<EntryView> legs =
        store(
            ctx,
            Movements.reverse(
                originals, accounts, request.reason(), request.requestId(), ctx.stamp(submitter)));
    ctx.ledger().markReversed(target.txId(), ctx.txId());
    return new Outcome(
        new MovementView(ctx.txId(), legs),
        new EntryReversedEvent(
            ctx.txId(),
            target.txId(),
            legs.stream()
                .map(
                    e ->
                        new EntryReversedEvent.Leg(
                            e.volunteerId(), e.entryId(), e.amount(), e.balanceAfter()))
                .toList()));
  }

  private static Outcome nextEarningPolicy(
      TimeCoinContext ctx, Submitter submitter, SetEarningPolicyRequest request) {
    EarningPolicyView next =
        EarningPolicy.next(ctx.ledger().currentPolicy(), request, ctx.stamp(submitter));
    ctx.ledger().putPolicy(next);
    return new Outcome(next, new EarningPolicySetEvent(next.version()));
  }

  private static OperatorStatusView changeOperatorStatus(
      TimeCoinContext ctx, Submitter submitter, SetOperatorStatusRequest request) {
    OperatorStatusView current =
        ctx.operators().statusOf(submitter.mspId(), request.certificateId());
    OperatorStatusView next =
        Operators.change(current, request, submitter.mspId(), ctx.stamp(submitter));
    ctx.operators().put(next);
    return next;
  }

  private static Outcome defineProduct(
      TimeCoinContext ctx, Submitter submitter, DefineVoucherProductRequest request) {
    if (ctx.insurance().findProduct(request.code()).isPresent()) {
      throw new LedgerValidationException(
          ErrorCode.PRODUCT_ALREADY_EXISTS, "a voucher product with this code exists");
    }
    VoucherProductView product = Vouchers.define(request, ctx.stamp(submitter));
    ctx.insurance().putProduct(product);
    return new Outcome(
        product,
        new VoucherProductDefinedEvent(
            product.code(),
            product.priceCoins(),
            product.coverageDays(),
            product.coverageLimit(),
            product.currency()));
  }

  private static Outcome switchProduct(
      TimeCoinContext ctx, Submitter submitter, SetProductActiveRequest request) {
    VoucherProductView product =
        Vouchers.withActive(
            ctx.insurance().requireProduct(request.code()), request.active(), ctx.stamp(submitter));
    ctx.insurance().putProduct(product);
    return new Outcome(product, new VoucherProductActiveSetEvent(product.code(), product.active()));
  }

  private static Outcome buyVoucher(
      TimeCoinContext ctx, Submitter submitter, PurchaseVoucherRequest request) {
    Account buyer = ctx.ledger().requireAccount(request.volunteerId());
    VoucherProductView product = ctx.insurance().requireProduct(request.productCode());
    Vouchers.Purchase purchase =
        Vouchers.purchase(
            buyer,
            product,
            ctx.insurance().heldVoucher(request.volunteerId(), request.productCode()),
            request,
            ctx.stamp(submitter));
    EntryView entry = purchase.posting().entry();
    ctx.ledger().putAccount(purchase.posting().account());
    ctx.ledger().putEntry(entry);
    ctx.insurance().putNewVoucher(purchase.voucher());
    VoucherView voucher = purchase.voucher().viewAt(ctx.time());
    return new Outcome(
        new VoucherPurchaseView(voucher, entry),
        new VoucherPurchasedEvent(
            voucher.voucherId(),
            voucher.volunteerId(),
            voucher.productCode(),
            voucher.coinsPaid(),
            entry.balanceAfter(),
            entry.entryId(),
            voucher.coverageEnd()));
  }

  private static Outcome voidActiveVoucher(
      TimeCoinContext ctx, Submitter submitter, VoidVoucherRequest request) {
    Voucher voided =
        ctx.insurance().requireVoucher(request.voucherId()).voided(request.reason(), ctx.time());
    ctx.insurance().putVoucher(voided);
    return new Outcome(
        voided.viewAt(ctx.time()),
        new VoucherVoidedEvent(voided.voucherId(), voided.volunteerId()));
  }

  private static Outcome fileNewClaim(
      TimeCoinContext ctx, Submitter submitter, ClaimSubmission submission) {
    FileClaimRequest request = submission.request();
    PrivateDetailsInput details = ctx.claimPrivateInput();
    Voucher voucher = ctx.insurance().requireVoucherOf(request.voucherId(), request.volunteerId());
    ClaimView claim =
        Claims.file(
            request,
            voucher,
            ctx.insurance().hasOpenClaim(request.voucherId(), request.activityId()),
            details.hash(),
            ctx.stamp(submitter));
    ctx.insurance().putNewClaim(claim, details.canonical(), ctx.claimEndorsementPolicy());
    return new Outcome(
        claim,
        new ClaimFiledEvent(
            claim.claimId(),
            claim.voucherId(),
            claim.volunteerId(),
            claim.amountClaimed(),
            claim.currency()));
  }

  private static Outcome decideFiledClaim(
      TimeCoinContext ctx, Submitter submitter, DecideClaimRequest request) {
    ClaimView claim = ctx.insurance().requireClaim(request.claimId());
    Voucher voucher = ctx.insurance().requireVoucher(claim.voucherId());
    Claims.Decision decision = Claims.decide(claim, voucher, request, ctx.stamp(submitter));
    ctx.insurance().putClaim(decision.claim(), claim.status(), ctx.claimEndorsementPolicy());
    if (!decision.voucher().equals(voucher)) {
      ctx.insurance().putVoucher(decision.voucher());
    }
    return new Outcome(
        decision.claim(),
        new ClaimDecidedEvent(
            claim.claimId(),
            claim.voucherId(),
            request.decision(),
            decision.claim().approvedAmount(),
            decision.voucher().remainingCover()));
  }

  private static Outcome payApprovedClaim(
      TimeCoinContext ctx, Submitter submitter, MarkClaimPaidRequest request) {
    ClaimView claim = ctx.insurance().requireClaim(request.claimId());
    ClaimView paid = Claims.markPaid(claim, request, ctx.stamp(submitter));
    ctx.insurance().putClaim(paid, claim.status(), ctx.claimEndorsementPolicy());
    return new Outcome(
        paid, new ClaimPaidEvent(paid.claimId(), paid.voucherId(), paid.approvedAmount()));
  }

  /** What FileClaim is identified by for idempotency: the request and its private details' hash. */
  private record ClaimSubmission(FileClaimRequest request, String privateDetailsHash)
      implements WriteRequest {

    @Override
    public String requestId() {
      return request.requestId();
    }
  }

  /** What a write produced: its result and its one event, of the types its declaration names. */
  record Outcome(Object result, Object event) {}

  /** The part of a write that differs between transactions. */
  @FunctionalInterface
  interface WriteRule<T> {
    Outcome apply(TimeCoinContext ctx, Submitter submitter, T request);
  }

  /**
   * The one write path: authorize, parse, replay if the requestId was seen, run the rule, remember
   * the result, emit the declared event.
   */
  private static <Q extends WriteRequest> String write(
      TimeCoinContext ctx,
      WriteTransaction<Q, ?> transaction,
      String requestJson,
      WriteRule<Q> rule) {
    return write(
        ctx, transaction, () -> LedgerJson.read(requestJson, transaction.requestType()), rule);
  }

  /**
   * The write path with its own parse step, for writes whose identity is more than the request JSON
   * (FileClaim adds the hash of its transient private details). Parsing runs after access is
   * checked.
   */
  private static <T extends WriteRequest> String write(
      TimeCoinContext ctx,
      WriteTransaction<?, ?> transaction,
      Supplier<T> parse,
      WriteRule<T> rule) {
    String function = transaction.name();
    return TransactionBoundary.run(
        ctx,
        () -> {
          Submitter submitter = ctx.authorizeWrite(transaction);
          ctx.requireTimestampInWindow();
          T request = parse.get();
          Optional<String> replay =
              ctx.requests().replay(function, submitter.mspId(), request.requestId(), request);
          if (replay.isPresent()) {
            return replay.get();
          }
          Outcome outcome = rule.apply(ctx, submitter, request);
          String result = LedgerJson.write(transaction.resultType().cast(outcome.result()));
          ctx.requests()
              .remember(function, submitter.mspId(), request.requestId(), request, result);
          ctx.emit(transaction.eventName(), transaction.eventType().cast(outcome.event()));
          return result;
        });
  }

  /**
   * The one read path: authorize, then check the argument as the declaration says (a bare id) or
   * parse it (a query record), then run the query.
   */
  private static <A> String read(
      TimeCoinContext ctx,
      ReadTransaction<A, ?> transaction,
      String argument,
      Function<A, Object> query) {
    return TransactionBoundary.run(
        ctx,
        () -> {
          ctx.authorize(transaction);
          Class<A> type = transaction.argumentType();
          A parsed =
              type == String.class
                  ? type.cast(transaction.argument(type.cast(argument)))
                  : LedgerJson.read(argument, type);
          return LedgerJson.write(transaction.resultType().cast(query.apply(parsed)));
        });
  }

  /** The event of a payment between two volunteers; PayForHelp and Transfer differ only here. */
  @FunctionalInterface
  private interface TwoLegEvent {
    Object of(
        String txId,
        String payerId,
        String payeeId,
        CoinAmount coins,
        CoinAmount payerBalanceAfter,
        CoinAmount payeeBalanceAfter);
  }

  /** Moves coins from one volunteer's account to another's: payer leg first, then payee. */
  private static Outcome twoLegs(
      TimeCoinContext ctx,
      String payerId,
      String payeeId,
      CoinAmount coins,
      BiFunction<Account, Account, List<Posting>> legsOf,
      TwoLegEvent event) {
    Movements.requireDifferent(payerId, payeeId);
    Account payer = ctx.ledger().requireAccount(payerId);
    Account payee = ctx.ledger().requireAccount(payeeId);
    List<EntryView> legs = store(ctx, legsOf.apply(payer, payee));
    return new Outcome(
        new MovementView(ctx.txId(), legs),
        event.of(
            ctx.txId(),
            payerId,
            payeeId,
            coins,
            legs.get(0).balanceAfter(),
            legs.get(1).balanceAfter()));
  }

  /** Stores every leg's account and entry; the legs were all checked before. */
  private static List<EntryView> store(TimeCoinContext ctx, List<Posting> postings) {
    for (Posting posting : postings) {
      ctx.ledger().putAccount(posting.account());
      ctx.ledger().putEntry(posting.entry());
    }
    return postings.stream().map(Posting::entry).toList();
  }

  private static EarningRecordedEvent earningRecorded(
      EntryView entry, RecordEarningRequest request) {
    return new EarningRecordedEvent(
        entry.volunteerId(),
        entry.entryId(),
        entry.sequence(),
        request.coins(),
        entry.balanceAfter(),
        entry.activityId());
  }
}
