package io.timecoin.client;

import io.timecoin.model.AccountView;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.Identifiers;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.KeyHistoryView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.MovementView;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.RequestView;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.SetAccountStatusRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.TransferRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link TimeCoinLedger} over a Fabric Gateway {@link Contract}. */
final class GatewayLedger implements TimeCoinLedger {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayLedger.class);

  private final Contract contract;
  private final Runnable onClose;
  private final RetryPolicy retries;
  private final AtomicBoolean closed = new AtomicBoolean();
  // Set by connect() before the instance is shared; null for instances over a bare Contract.
  private volatile TransactionLookup transactions;

  GatewayLedger(Contract contract, Runnable onClose) {
    this(contract, onClose, RetryPolicy.defaults());
  }

  GatewayLedger(Contract contract, Runnable onClose, RetryPolicy retries) {
    this.contract = Objects.requireNonNull(contract, "contract");
    this.onClose = Objects.requireNonNull(onClose, "onClose");
    this.retries = Objects.requireNonNull(retries, "retries");
  }

  static GatewayLedger connect(LedgerConnectionConfig config) {
    return connect(config, RetryPolicy.defaults());
  }

  static GatewayLedger connect(LedgerConnectionConfig config, RetryPolicy retries) {
    GatewayConnection connection = GatewayConnection.open(config);
    GatewayLedger ledger = new GatewayLedger(connection.contract(), connection::close, retries);
    ledger.transactions =
        new TransactionLookup(
            connection.systemContract(config.channelName(), "qscc"), config.channelName());
    return ledger;
  }

  @Override
  public Committed<AccountView> registerVolunteer(RegisterVolunteerRequest request) {
    Objects.requireNonNull(request, "request");
    return submit(
        TransactionNames.REGISTER_VOLUNTEER, LedgerJson.write(request), AccountView.class);
  }

  @Override
  public Committed<EntryView> recordEarning(RecordEarningRequest request) {
    Objects.requireNonNull(request, "request");
    return submit(TransactionNames.RECORD_EARNING, LedgerJson.write(request), EntryView.class);
  }

  @Override
  public AccountView getAccount(String volunteerId) {
    Identifiers.requireVolunteerId(Objects.requireNonNull(volunteerId, "volunteerId"));
    return evaluate(TransactionNames.GET_ACCOUNT, volunteerId, AccountView.class);
  }

  @Override
  public Committed<AccountView> setAccountStatus(SetAccountStatusRequest request) {
    return submit(TransactionNames.SET_ACCOUNT_STATUS, json(request), AccountView.class);
  }

  @Override
  public Committed<MovementView> payForHelp(PayForHelpRequest request) {
    return submit(TransactionNames.PAY_FOR_HELP, json(request), MovementView.class);
  }

  @Override
  public Committed<MovementView> transfer(TransferRequest request) {
    return submit(TransactionNames.TRANSFER, json(request), MovementView.class);
  }

  @Override
  public Committed<MovementView> reverseEntry(ReverseEntryRequest request) {
    return submit(TransactionNames.REVERSE_ENTRY, json(request), MovementView.class);
  }

  @Override
  public Committed<EarningPolicyView> setEarningPolicy(SetEarningPolicyRequest request) {
    return submit(TransactionNames.SET_EARNING_POLICY, json(request), EarningPolicyView.class);
  }

  @Override
  public EntryPage listEntries(ListEntriesRequest query) {
    return evaluate(TransactionNames.LIST_ENTRIES, json(query), EntryPage.class);
  }

  @Override
  public EntryView getEntry(String entryId) {
    Identifiers.requireEntryId(Objects.requireNonNull(entryId, "entryId"));
    return evaluate(TransactionNames.GET_ENTRY, entryId, EntryView.class);
  }

  @Override
  public RequestView getRequest(String requestId) {
    Identifiers.requireRequestId(Objects.requireNonNull(requestId, "requestId"));
    return evaluate(TransactionNames.GET_REQUEST, requestId, RequestView.class);
  }

  @Override
  public EarningPolicyView getEarningPolicy() {
    return evaluate(TransactionNames.GET_EARNING_POLICY, "", EarningPolicyView.class);
  }

  @Override
  public EarningPolicyView getEarningPolicy(long version) {
    if (version < 1) {
      throw new IllegalArgumentException("policy versions start at 1");
    }
    return evaluate(
        TransactionNames.GET_EARNING_POLICY, Long.toString(version), EarningPolicyView.class);
  }

  @Override
  public KeyHistoryView getKeyHistory(KeyHistoryRequest query) {
    return evaluate(TransactionNames.GET_KEY_HISTORY, json(query), KeyHistoryView.class);
  }

  private static String json(Object request) {
    return LedgerJson.write(Objects.requireNonNull(request, "request"));
  }

  private <T> T evaluate(String name, String argument, Class<T> resultType) {
    requireOpen();
    byte[] result;
    try {
      result = contract.evaluateTransaction(name, argument);
    } catch (GatewayException e) {
      throw LedgerFailures.evaluateFailed(name, e);
    }
    return decode(name, null, result, resultType);
  }

  /**
   * Submits, re-running the whole proposal (new transaction id) when {@link RetryPolicy} says so.
   */
  private <T> Committed<T> submit(String name, String requestJson, Class<T> resultType) {
    requireOpen();
    return retries.run(name, () -> submitOnce(name, requestJson, resultType));
  }

  /**
   * Endorse, hand to the orderer, then wait for the commit status separately so that an invalid
   * transaction comes back as a validation code rather than an exception without one.
   */
  private <T> Committed<T> submitOnce(String name, String requestJson, Class<T> resultType) {
    Proposal proposal = contract.newProposal(name).addArguments(requestJson).build();
    String txId = proposal.getTransactionId();
    LOG.debug("Submitting {} as transaction {}", name, txId);

    SubmittedTransaction submitted;
    try {
      submitted = proposal.endorse().submitAsync();
    } catch (EndorseException e) {
      throw LedgerFailures.endorseFailed(name, e);
    } catch (SubmitException e) {
      throw LedgerFailures.submitFailed(name, e);
    }

    Status status;
    try {
      status = submitted.getStatus();
    } catch (CommitStatusException e) {
      throw LedgerFailures.commitStatusFailed(name, e);
    }
    if (!status.isSuccessful()) {
      throw LedgerFailures.commitFailed(name, status);
    }
    LOG.debug("{} transaction {} committed in block {}", name, txId, status.getBlockNumber());
    T value = decode(name, txId, submitted.getResult(), resultType);
    return new Committed<>(value, txId, status.getBlockNumber());
  }

  private static <T> T decode(String name, String txId, byte[] json, Class<T> resultType) {
    try {
      return Objects.requireNonNull(LedgerJson.read(json, resultType), "decoded result");
    } catch (RuntimeException e) {
      throw LedgerFailures.unreadableResult(name, txId, e);
    }
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Ledger client is closed");
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      onClose.run();
    }
  }

  @Override
  public Optional<TransactionStatus> transactionStatus(String txId) {
    requireOpen();
    TransactionLookup lookup = transactions;
    if (lookup == null) {
      throw new IllegalStateException("transaction lookups need a ledger made by connect()");
    }
    return lookup.find(txId);
  }
}
