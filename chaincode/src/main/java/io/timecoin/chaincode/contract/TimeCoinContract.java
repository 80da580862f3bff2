package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.access.AccessPolicy.Operation;
import io.timecoin.chaincode.access.Caller;
import io.timecoin.chaincode.domain.Account;
import io.timecoin.chaincode.domain.Posting;
import io.timecoin.model.EarningRecordedEvent;
import io.timecoin.model.EntryView;
import io.timecoin.model.EventNames;
import io.timecoin.model.Identifiers;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.VolunteerRegisteredEvent;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * The timecoin contract. Each write takes one argument, the request JSON, and returns the result
 * JSON; see {@link TransactionNames}. Functions only sequence the steps - authorize, parse,
 * idempotency, load, domain rule, store, one event, result - and leave rules to the domain. Access
 * is checked before the request is even parsed, so a caller without rights learns nothing about the
 * input.
 */
@Contract(
    name = "timecoin",
    info = @Info(title = "timecoin", description = "Volunteer time coins", version = "0.1.0"))
@Default
public final class TimeCoinContract implements ContractInterface {

  // Read once per JVM: the shim creates a contract instance for every transaction.
  private static final AccessPolicy CONFIGURED_POLICY =
      AccessPolicy.fromEnvironment(System.getenv());

  private final AccessPolicy policy;

  public TimeCoinContract() {
    this(CONFIGURED_POLICY);
  }

  TimeCoinContract(AccessPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public TimeCoinContext createContext(ChaincodeStub stub) {
    return TransactionBoundary.open(stub, policy);
  }

  /** Opens an ACTIVE, empty account. Returns the {@code AccountView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.REGISTER_VOLUNTEER)
  public String registerVolunteer(TimeCoinContext ctx, String requestJson) {
    return TransactionBoundary.run(
        ctx,
        () -> {
          ctx.authorize(Operation.REGISTER_VOLUNTEER);
          var request = LedgerJson.read(requestJson, RegisterVolunteerRequest.class);
          String fn = TransactionNames.REGISTER_VOLUNTEER;
          Optional<String> replay = ctx.requests().replay(fn, request.requestId(), request);
          if (replay.isPresent()) {
            return replay.get();
          }
          ctx.ledger().requireNoAccount(request.volunteerId());
          Account account = Account.open(request.volunteerId(), ctx.timestamp());
          ctx.ledger().putAccount(account);
          String result = LedgerJson.write(account.view());
          ctx.requests().remember(fn, request.requestId(), request, result);
          ctx.emit(
              EventNames.VOLUNTEER_REGISTERED,
              new VolunteerRegisteredEvent(
                  request.volunteerId(), request.requestId(), account.view().createdAt()));
          return result;
        });
  }

  /** Credits one verified activity. Returns the new {@code EntryView}. */
  @Transaction(intent = Transaction.TYPE.SUBMIT, name = TransactionNames.RECORD_EARNING)
  public String recordEarning(TimeCoinContext ctx, String requestJson) {
    return TransactionBoundary.run(
        ctx,
        () -> {
          Caller caller = ctx.authorize(Operation.RECORD_EARNING);
          var request = LedgerJson.read(requestJson, RecordEarningRequest.class);
          String fn = TransactionNames.RECORD_EARNING;
          Optional<String> replay = ctx.requests().replay(fn, request.requestId(), request);
          if (replay.isPresent()) {
            return replay.get();
          }
          Account account = ctx.ledger().requireAccount(request.volunteerId());
          boolean credited =
              ctx.ledger().isActivityCredited(request.volunteerId(), request.activityId());
          Posting posting = account.earn(request, credited, ctx.stamp(caller));
          EntryView entry = posting.entry();
          ctx.ledger().putAccount(posting.account());
          ctx.ledger().putEntry(entry);
          ctx.ledger().markActivityCredited(entry);
          String result = LedgerJson.write(entry);
          ctx.requests().remember(fn, request.requestId(), request, result);
          ctx.emit(EventNames.EARNING_RECORDED, earningRecorded(entry));
          return result;
        });
  }

  /** Returns the {@code AccountView} of {@code volunteerId}. */
  @Transaction(intent = Transaction.TYPE.EVALUATE, name = TransactionNames.GET_ACCOUNT)
  public String getAccount(TimeCoinContext ctx, String volunteerId) {
    return TransactionBoundary.run(
        ctx,
        () -> {
          ctx.authorize(Operation.READ_ACCOUNT);
          Identifiers.requireVolunteerId(volunteerId);
          return LedgerJson.write(ctx.ledger().requireAccount(volunteerId).view());
        });
  }

  private static EarningRecordedEvent earningRecorded(EntryView entry) {
    return new EarningRecordedEvent(
        entry.volunteerId(),
        entry.entryId(),
        entry.sequence(),
        entry.amount(),
        entry.balanceAfter(),
        entry.activityId());
  }
}
