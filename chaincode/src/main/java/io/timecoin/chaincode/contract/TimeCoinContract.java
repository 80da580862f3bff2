package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.access.AccessPolicy.Operation;
import io.timecoin.chaincode.access.Caller;
import io.timecoin.chaincode.clock.EndorserClock;
import io.timecoin.chaincode.clock.TimestampWindow;
import io.timecoin.chaincode.domain.Account;
import io.timecoin.chaincode.domain.Claims;
import io.timecoin.chaincode.domain.EarningPolicy;
import io.timecoin.chaincode.domain.Movements;
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
import io.timecoin.model.EventNames;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.HelpPaidEvent;
import io.timecoin.model.Identifiers;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PolicyVersions;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.SetProductActiveRequest;
import io.timecoin.model.TransactionNames;
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
 * The timecoin contract. Every function takes one argument; see {@link TransactionNames}. Writes
 * only sequence the steps - authorize, parse, idempotency, load, domain rules, store, one event,
 * result - and leave rules to the domain. Every check runs before the first write, so a refusal
 * changes nothing. Access is checked before the request is even parsed, so a caller without rights
 * learns nothing about the input.
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
    return TransactionBoundary.open(stub, policy, window, FUNCTIONS);
  }

  @Override
  public void unknownTransaction(Context ctx) {
    throw TransactionBoundary.unknownFunction(ctx.getStub().getTxId());
  }

  /** Opens an ACTIVE, empty account. Returns the {@code AccountView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.REGISTER_VOLUNTEER)
  public String registerVolunteer(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.REGISTER_VOLUNTEER,
        TransactionNames.REGISTER_VOLUNTEER,
        requestJson,
        RegisterVolunteerRequest.class,
        RegisterVolunteerRequest::requestId,
        (caller, request) -> {
          ctx.ledger().requireNoAccount(request.volunteerId());
          Account account = Account.open(request.volunteerId(), ctx.timestamp());
          ctx.ledger().putAccount(account);
          return new Outcome(
              account.view(),
              EventNames.VOLUNTEER_REGISTERED,
              new VolunteerRegisteredEvent(
                  request.volunteerId(), request.requestId(), account.view().createdAt()));
        });
  }

  /** Freezes, unfreezes or closes an account. Returns the {@code AccountView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.SET_ACCOUNT_STATUS)
  public String setAccountStatus(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.SET_ACCOUNT_STATUS,
        TransactionNames.SET_ACCOUNT_STATUS,
        requestJson,
        SetAccountStatusRequest.class,
        SetAccountStatusRequest::requestId,
        (caller, request) -> {
          Account before = ctx.ledger().requireAccount(request.volunteerId());
          Account after = before.withStatus(request.status());
          TxStamp tx = ctx.stamp(caller);
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
              after.view(),
              EventNames.ACCOUNT_STATUS_CHANGED,
              new AccountStatusChangedEvent(request.volunteerId(), request.status()));
        });
  }

  /** Credits one verified activity within the earning policy. Returns the new {@code EntryView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.RECORD_EARNING)
  public String recordEarning(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.RECORD_EARNING,
        TransactionNames.RECORD_EARNING,
        requestJson,
        RecordEarningRequest.class,
        RecordEarningRequest::requestId,
        (caller, request) -> {
          String volunteerId = request.volunteerId();
          Account account = ctx.ledger().requireAccount(volunteerId);
          EarningPolicy policy = EarningPolicy.current(ctx.ledger().currentPolicy());
          boolean credited = ctx.ledger().isActivityCredited(volunteerId, request.activityId());
          Posting posting = account.earn(request, credited, ctx.stamp(caller));
          String day = policy.dayOf(ctx.time());
          CoinAmount today = policy.admit(request.coins(), ctx.ledger().earnedOn(volunteerId, day));
          EntryView entry = posting.entry();
          ctx.ledger().putAccount(posting.account());
          ctx.ledger().putEntry(entry);
          ctx.ledger().markActivityCredited(entry);
          ctx.ledger().putEarnedOn(volunteerId, day, today);
          return new Outcome(entry, EventNames.EARNING_RECORDED, earningRecorded(entry, request));
        });
  }

  /** A help requester pays a helper. Returns the {@code MovementView} (two legs). */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.PAY_FOR_HELP)
  public String payForHelp(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.PAY_FOR_HELP,
        TransactionNames.PAY_FOR_HELP,
        requestJson,
        PayForHelpRequest.class,
        PayForHelpRequest::requestId,
        (caller, request) -> {
          Movements.requireDifferent(request.requesterId(), request.helperId());
          Account requester = ctx.ledger().requireAccount(request.requesterId());
          Account helper = ctx.ledger().requireAccount(request.helperId());
          List<EntryView> legs =
              store(ctx, Movements.payForHelp(requester, helper, request, ctx.stamp(caller)));
          return new Outcome(
              new MovementView(ctx.txId(), legs),
              EventNames.HELP_PAID,
              new HelpPaidEvent(
                  ctx.txId(),
                  request.requesterId(),
                  request.helperId(),
                  request.coins(),
                  legs.get(0).balanceAfter(),
                  legs.get(1).balanceAfter()));
        });
  }

  /** A gift of coins between volunteers. Returns the {@code MovementView} (two legs). */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.TRANSFER)
  public String transfer(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.TRANSFER,
        TransactionNames.TRANSFER,
        requestJson,
        TransferRequest.class,
        TransferRequest::requestId,
        (caller, request) -> {
          Movements.requireDifferent(request.fromId(), request.toId());
          Account from = ctx.ledger().requireAccount(request.fromId());
          Account to = ctx.ledger().requireAccount(request.toId());
          List<EntryView> legs =
              store(ctx, Movements.transfer(from, to, request, ctx.stamp(caller)));
          return new Outcome(
              new MovementView(ctx.txId(), legs),
              EventNames.COINS_TRANSFERRED,
              new CoinsTransferredEvent(
                  ctx.txId(),
                  request.fromId(),
                  request.toId(),
                  request.coins(),
                  legs.get(0).balanceAfter(),
                  legs.get(1).balanceAfter()));
        });
  }

  /**
   * Reverses the whole movement an entry belongs to with REVERSAL entries. Returns the {@code
   * MovementView} of the reversal.
   */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.REVERSE_ENTRY)
  public String reverseEntry(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.REVERSE_ENTRY,
        TransactionNames.REVERSE_ENTRY,
        requestJson,
        ReverseEntryRequest.class,
        ReverseEntryRequest::requestId,
        (caller, request) -> {
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
                      originals,
                      accounts,
                      request.reason(),
                      request.requestId(),
                      ctx.stamp(caller)));
          ctx.ledger().markReversed(target.txId(), ctx.txId());
          return new Outcome(
              new MovementView(ctx.txId(), legs),
              EventNames.ENTRY_REVERSED,
              new EntryReversedEvent(
                  ctx.txId(),
                  target.txId(),
                  legs.stream()
                      .map(
                          e ->
                              new EntryReversedEvent.Leg(
                                  e.volunteerId(), e.entryId(), e.amount(), e.balanceAfter()))
                      .toList()));
        });
  }

  /** Sets a new version of the earning policy. Returns the {@code EarningPolicyView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.SET_EARNING_POLICY)
  public String setEarningPolicy(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.SET_EARNING_POLICY,
        TransactionNames.SET_EARNING_POLICY,
        requestJson,
        SetEarningPolicyRequest.class,
        SetEarningPolicyRequest::requestId,
        (caller, request) -> {
          EarningPolicyView next =
              EarningPolicy.next(ctx.ledger().currentPolicy(), request, ctx.stamp(caller));
          ctx.ledger().putPolicy(next);
          return new Outcome(
              next, EventNames.EARNING_POLICY_SET, new EarningPolicySetEvent(next.version()));
        });
  }

  /** Returns the {@code AccountView} of {@code volunteerId}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_ACCOUNT)
  public String getAccount(TimeCoinContext ctx, String volunteerId) {
    return read(
        ctx,
        Operation.READ_ACCOUNT,
        () -> {
          Identifiers.requireVolunteerId(volunteerId);
          return ctx.ledger().requireAccount(volunteerId).view();
        });
  }

  /** Returns one {@code EntryPage} of an account's entries, by sequence or by time. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.LIST_ENTRIES)
  public String listEntries(TimeCoinContext ctx, String requestJson) {
    return read(
        ctx,
        Operation.READ_ENTRIES,
        () -> {
          var request = LedgerJson.read(requestJson, ListEntriesRequest.class);
          Account account = ctx.ledger().requireAccount(request.volunteerId());
          return ctx.pager().list(request, account.view());
        });
  }

  /** Returns the {@code EntryView} with id {@code entryId}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_ENTRY)
  public String getEntry(TimeCoinContext ctx, String entryId) {
    return read(
        ctx,
        Operation.READ_ENTRIES,
        () -> ctx.ledger().requireEntry(Identifiers.requireEntryId(entryId)));
  }

  /**
   * Returns the {@code RequestView} of a processed write request: {@code requestId} is one of the
   * caller's organisation; {@code <mspId>/<requestId>} one of any organisation, for auditors only.
   */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_REQUEST)
  public String getRequest(TimeCoinContext ctx, String requestId) {
    return read(
        ctx,
        Operation.READ_REQUEST,
        () ->
            ctx.requests()
                .find(ctx.requestScope(requestId))
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
        Operation.READ_EARNING_POLICY,
        () -> {
          if (version == null || version.isEmpty()) {
            return ctx.ledger().currentPolicy().orElseThrow(EarningPolicy::notSet);
          }
          return ctx.ledger()
              .policy(PolicyVersions.parse(version))
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
    return read(
        ctx,
        Operation.READ_KEY_HISTORY,
        () -> ctx.history().of(LedgerJson.read(requestJson, KeyHistoryRequest.class)));
  }

  /** Defines a voucher product, active at once. Returns the {@code VoucherProductView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.DEFINE_VOUCHER_PRODUCT)
  public String defineVoucherProduct(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.DEFINE_VOUCHER_PRODUCT,
        TransactionNames.DEFINE_VOUCHER_PRODUCT,
        requestJson,
        DefineVoucherProductRequest.class,
        DefineVoucherProductRequest::requestId,
        (caller, request) -> {
          if (ctx.insurance().findProduct(request.code()).isPresent()) {
            throw new LedgerValidationException(
                ErrorCode.PRODUCT_ALREADY_EXISTS, "a voucher product with this code exists");
          }
          VoucherProductView product = Vouchers.define(request, ctx.stamp(caller));
          ctx.insurance().putProduct(product);
          return new Outcome(
              product,
              EventNames.VOUCHER_PRODUCT_DEFINED,
              new VoucherProductDefinedEvent(
                  product.code(),
                  product.priceCoins(),
                  product.coverageDays(),
                  product.coverageLimit(),
                  product.currency()));
        });
  }

  /** Opens or closes a product for purchases. Returns the {@code VoucherProductView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.SET_PRODUCT_ACTIVE)
  public String setProductActive(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.SET_PRODUCT_ACTIVE,
        TransactionNames.SET_PRODUCT_ACTIVE,
        requestJson,
        SetProductActiveRequest.class,
        SetProductActiveRequest::requestId,
        (caller, request) -> {
          VoucherProductView product =
              Vouchers.withActive(
                  ctx.insurance().requireProduct(request.code()),
                  request.active(),
                  ctx.stamp(caller));
          ctx.insurance().putProduct(product);
          return new Outcome(
              product,
              EventNames.VOUCHER_PRODUCT_ACTIVE_SET,
              new VoucherProductActiveSetEvent(product.code(), product.active()));
        });
  }

  /** Burns a product's price and creates a voucher. Returns the {@code VoucherPurchaseView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.PURCHASE_VOUCHER)
  public String purchaseVoucher(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.PURCHASE_VOUCHER,
        TransactionNames.PURCHASE_VOUCHER,
        requestJson,
        PurchaseVoucherRequest.class,
        PurchaseVoucherRequest::requestId,
        (caller, request) -> {
          Account buyer = ctx.ledger().requireAccount(request.volunteerId());
          VoucherProductView product = ctx.insurance().requireProduct(request.productCode());
          Vouchers.Purchase purchase =
              Vouchers.purchase(
                  buyer,
                  product,
                  ctx.insurance().heldVoucher(request.volunteerId(), request.productCode()),
                  request,
                  ctx.stamp(caller));
          EntryView entry = purchase.posting().entry();
          ctx.ledger().putAccount(purchase.posting().account());
          ctx.ledger().putEntry(entry);
          ctx.insurance().putNewVoucher(purchase.voucher());
          VoucherView voucher = purchase.voucher().viewAt(ctx.time());
          return new Outcome(
              new VoucherPurchaseView(voucher, entry),
              EventNames.VOUCHER_PURCHASED,
              new VoucherPurchasedEvent(
                  voucher.voucherId(),
                  voucher.volunteerId(),
                  voucher.productCode(),
                  voucher.coinsPaid(),
                  entry.balanceAfter(),
                  entry.entryId(),
                  voucher.coverageEnd()));
        });
  }

  /** The insurer voids an ACTIVE voucher. Returns the {@code VoucherView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.VOID_VOUCHER)
  public String voidVoucher(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.VOID_VOUCHER,
        TransactionNames.VOID_VOUCHER,
        requestJson,
        VoidVoucherRequest.class,
        VoidVoucherRequest::requestId,
        (caller, request) -> {
          Voucher voided =
              ctx.insurance()
                  .requireVoucher(request.voucherId())
                  .voided(request.reason(), ctx.time());
          ctx.insurance().putVoucher(voided);
          return new Outcome(
              voided.viewAt(ctx.time()),
              EventNames.VOUCHER_VOIDED,
              new VoucherVoidedEvent(voided.voucherId(), voided.volunteerId()));
        });
  }

  /**
   * Files a claim on the claimant's voucher; the private details come in the transient map and go
   * to the private data collection. Returns the public {@code ClaimView}.
   */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.FILE_CLAIM)
  public String fileClaim(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.FILE_CLAIM,
        TransactionNames.FILE_CLAIM,
        () ->
            new ClaimSubmission(
                LedgerJson.read(requestJson, FileClaimRequest.class),
                ctx.claimPrivateInput().hash()),
        submission -> submission.request().requestId(),
        (caller, submission) -> {
          FileClaimRequest request = submission.request();
          PrivateDetailsInput details = ctx.claimPrivateInput();
          Voucher voucher =
              ctx.insurance().requireVoucherOf(request.voucherId(), request.volunteerId());
          ClaimView claim =
              Claims.file(
                  request,
                  voucher,
                  ctx.insurance().hasOpenClaim(request.voucherId(), request.activityId()),
                  details.hash(),
                  ctx.stamp(caller));
          ctx.insurance().putNewClaim(claim, details.canonical(), ctx.claimEndorsementPolicy());
          return new Outcome(
              claim,
              EventNames.CLAIM_FILED,
              new ClaimFiledEvent(
                  claim.claimId(),
                  claim.voucherId(),
                  claim.volunteerId(),
                  claim.amountClaimed(),
                  claim.currency()));
        });
  }

  /** Approves or rejects a FILED claim. Returns the {@code ClaimView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.DECIDE_CLAIM)
  public String decideClaim(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.DECIDE_CLAIM,
        TransactionNames.DECIDE_CLAIM,
        requestJson,
        DecideClaimRequest.class,
        DecideClaimRequest::requestId,
        (caller, request) -> {
          ClaimView claim = ctx.insurance().requireClaim(request.claimId());
          Voucher voucher = ctx.insurance().requireVoucher(claim.voucherId());
          Claims.Decision decision = Claims.decide(claim, voucher, request, ctx.stamp(caller));
          ctx.insurance().putClaim(decision.claim(), claim.status(), ctx.claimEndorsementPolicy());
          if (!decision.voucher().equals(voucher)) {
            ctx.insurance().putVoucher(decision.voucher());
          }
          return new Outcome(
              decision.claim(),
              EventNames.CLAIM_DECIDED,
              new ClaimDecidedEvent(
                  claim.claimId(),
                  claim.voucherId(),
                  request.decision(),
                  decision.claim().approvedAmount(),
                  decision.voucher().remainingCover()));
        });
  }

  /** Marks an APPROVED claim paid. Returns the {@code ClaimView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.MARK_CLAIM_PAID)
  public String markClaimPaid(TimeCoinContext ctx, String requestJson) {
    return write(
        ctx,
        Operation.MARK_CLAIM_PAID,
        TransactionNames.MARK_CLAIM_PAID,
        requestJson,
        MarkClaimPaidRequest.class,
        MarkClaimPaidRequest::requestId,
        (caller, request) -> {
          ClaimView claim = ctx.insurance().requireClaim(request.claimId());
          ClaimView paid = Claims.markPaid(claim, request, ctx.stamp(caller));
          ctx.insurance().putClaim(paid, claim.status(), ctx.claimEndorsementPolicy());
          return new Outcome(
              paid,
              EventNames.CLAIM_PAID,
              new ClaimPaidEvent(paid.claimId(), paid.voucherId(), paid.approvedAmount()));
        });
  }

  /** Returns the {@code VoucherProductView} with this code. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_PRODUCT)
  public String getProduct(TimeCoinContext ctx, String code) {
    return read(
        ctx,
        Operation.READ_PRODUCTS,
        () -> ctx.insurance().requireProduct(InsuranceFields.requireProductCode(code)));
  }

  /** Returns every product as a {@code VoucherProductList}; the argument must be {@code ""}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.LIST_PRODUCTS)
  public String listProducts(TimeCoinContext ctx, String unused) {
    return read(
        ctx, Operation.READ_PRODUCTS, () -> new VoucherProductList(ctx.insurance().products()));
  }

  /** Returns the {@code VoucherView} with its status as of this query. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_VOUCHER)
  public String getVoucher(TimeCoinContext ctx, String voucherId) {
    return read(
        ctx,
        Operation.READ_VOUCHERS,
        () ->
            ctx.insurance()
                .requireVoucher(InsuranceFields.requireVoucherId(voucherId))
                .viewAt(ctx.time()));
  }

  /** Returns a volunteer's vouchers as a {@code VoucherList}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.LIST_VOUCHERS)
  public String listVouchers(TimeCoinContext ctx, String volunteerId) {
    return read(
        ctx,
        Operation.READ_VOUCHERS,
        () ->
            new VoucherList(
                ctx.insurance().vouchersOf(Identifiers.requireVolunteerId(volunteerId)).stream()
                    .map(voucher -> voucher.viewAt(ctx.time()))
                    .toList()));
  }

  /** Returns the public {@code ClaimView}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_CLAIM)
  public String getClaim(TimeCoinContext ctx, String claimId) {
    return read(
        ctx,
        Operation.READ_CLAIMS,
        () -> ctx.insurance().requireClaim(InsuranceFields.requireClaimId(claimId)));
  }

  /**
   * Returns the {@code ClaimPrivateView} sealed under the caller's one-time key from the transient
   * map ({@code SealedClaimPrivate}), so that even if this read were submitted for ordering, the
   * block would hold ciphertext only; collection members only.
   */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_CLAIM_PRIVATE)
  public String getClaimPrivate(TimeCoinContext ctx, String claimId) {
    return read(
        ctx,
        Operation.READ_CLAIM_PRIVATE,
        () -> {
          byte[] key = ctx.claimPrivateReadKey();
          ClaimView claim = ctx.insurance().requireClaim(InsuranceFields.requireClaimId(claimId));
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
    return read(
        ctx,
        Operation.READ_CLAIMS,
        () -> ctx.insurance().claims(LedgerJson.read(requestJson, ListClaimsRequest.class)));
  }

  /** What FileClaim is identified by for idempotency: the request and its private details' hash. */
  private record ClaimSubmission(FileClaimRequest request, String privateDetailsHash) {}

  /** What a write produced: its result and its one event. */
  private record Outcome(Object result, String eventName, Object event) {}

  private static <T> String write(
      TimeCoinContext ctx,
      Operation operation,
      String function,
      String requestJson,
      Class<T> type,
      Function<T, String> requestIdOf,
      BiFunction<Caller, T, Outcome> body) {
    return write(
        ctx, operation, function, () -> LedgerJson.read(requestJson, type), requestIdOf, body);
  }

  /**
   * The write template with its own parse step, for writes whose identity is more than the request
   * JSON (FileClaim adds the hash of its transient private details). Parsing runs after access is
   * checked.
   */
  private static <T> String write(
      TimeCoinContext ctx,
      Operation operation,
      String function,
      Supplier<T> parse,
      Function<T, String> requestIdOf,
      BiFunction<Caller, T, Outcome> body) {
    return TransactionBoundary.run(
        ctx,
        () -> {
          Caller caller = ctx.authorize(operation);
          ctx.requireTimestampInWindow();
          T request = parse.get();
          String requestId = requestIdOf.apply(request);
          Optional<String> replay =
              ctx.requests().replay(function, caller.mspId(), requestId, request);
          if (replay.isPresent()) {
            return replay.get();
          }
          Outcome outcome = body.apply(caller, request);
          String result = LedgerJson.write(outcome.result());
          ctx.requests().remember(function, caller.mspId(), requestId, request, result);
          ctx.emit(outcome.eventName(), outcome.event());
          return result;
        });
  }

  private static String read(TimeCoinContext ctx, Operation operation, Supplier<Object> body) {
    return TransactionBoundary.run(
        ctx,
        () -> {
          ctx.authorize(operation);
          return LedgerJson.write(body.get());
        });
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
