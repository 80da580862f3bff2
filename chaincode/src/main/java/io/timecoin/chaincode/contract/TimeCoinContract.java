package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.access.AccessPolicy.Operation;
import io.timecoin.chaincode.access.Caller;
import io.timecoin.chaincode.domain.Account;
import io.timecoin.chaincode.domain.EarningPolicy;
import io.timecoin.chaincode.domain.Movements;
import io.timecoin.chaincode.domain.Posting;
import io.timecoin.chaincode.domain.TxStamp;
import io.timecoin.chaincode.store.StatusChange;
import io.timecoin.model.AccountStatusChangedEvent;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.CoinsTransferredEvent;
import io.timecoin.model.EarningPolicySetEvent;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EntryReversedEvent;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.HelpPaidEvent;
import io.timecoin.model.Identifiers;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.PolicyVersions;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.TransferRequest;
import io.timecoin.model.VolunteerRegisteredEvent;
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

  /** Names of all transaction functions, each of which takes exactly one argument. */
  static final Set<String> FUNCTIONS =
      Arrays.stream(TimeCoinContract.class.getMethods())
          .map(method -> method.getAnnotation(Transaction.class))
          .filter(Objects::nonNull)
          .map(Transaction::name)
          .collect(Collectors.toUnmodifiableSet());

  private final AccessPolicy policy;

  public TimeCoinContract() {
    this(CONFIGURED_POLICY);
  }

  TimeCoinContract(AccessPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public TimeCoinContext createContext(ChaincodeStub stub) {
    return TransactionBoundary.open(stub, policy, FUNCTIONS);
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

  /** Returns the {@code RequestView} of a processed write request. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_REQUEST)
  public String getRequest(TimeCoinContext ctx, String requestId) {
    return read(
        ctx,
        Operation.READ_REQUEST,
        () ->
            ctx.requests()
                .find(Identifiers.requireRequestId(requestId))
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
    return TransactionBoundary.run(
        ctx,
        () -> {
          Caller caller = ctx.authorize(operation);
          T request = LedgerJson.read(requestJson, type);
          String requestId = requestIdOf.apply(request);
          Optional<String> replay = ctx.requests().replay(function, requestId, request);
          if (replay.isPresent()) {
            return replay.get();
          }
          Outcome outcome = body.apply(caller, request);
          String result = LedgerJson.write(outcome.result());
          ctx.requests().remember(function, requestId, request, result);
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
