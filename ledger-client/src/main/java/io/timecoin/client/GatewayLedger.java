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
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;

/**
 * {@link TimeCoinLedger} over Fabric Gateway contracts, one per configured endpoint. Blocking
 * writes run in the caller's thread; the commit waits of async writes run on a pool of daemon
 * threads that {@link #close()} stops.
 */
final class GatewayLedger implements TimeCoinLedger {

  private final Endpoints endpoints;
  private final WriteRunner writes;
  private final Runnable onClose;
  private final RetryPolicy retries;
  private final ExecutorService commitWaiters;
  private final AtomicBoolean closed = new AtomicBoolean();

  GatewayLedger(Contract contract, Runnable onClose) {
    this(contract, onClose, RetryPolicy.defaults());
  }

  /** Over one contract without a gateway of its own (unit tests). */
  GatewayLedger(Contract contract, Runnable onClose, RetryPolicy retries) {
    this(
        List.of(new EndpointSession("contract", contract)),
        onClose,
        retries,
        ResolutionPolicy.defaults(),
        LedgerConnectionConfig.DEFAULT_COMMIT_STATUS_TIMEOUT,
        LedgerConnectionConfig.DEFAULT_EVALUATE_TIMEOUT);
  }

  GatewayLedger(
      List<EndpointSession> sessions,
      Runnable onClose,
      RetryPolicy retries,
      ResolutionPolicy resolution,
      Duration commitStatusTimeout,
      Duration lookupTimeout) {
    this.endpoints = new Endpoints(sessions);
    this.writes = new WriteRunner(endpoints, resolution, commitStatusTimeout, lookupTimeout);
    this.onClose = Objects.requireNonNull(onClose, "onClose");
    this.retries = Objects.requireNonNull(retries, "retries");
    this.commitWaiters = Executors.newCachedThreadPool(new DaemonThreads("timecoin-commit-wait"));
  }

  static GatewayLedger connect(LedgerConnectionConfig config) {
    return connect(config, RetryPolicy.defaults());
  }

  static GatewayLedger connect(LedgerConnectionConfig config, RetryPolicy retries) {
    return connect(config, retries, ResolutionPolicy.defaults());
  }

  static GatewayLedger connect(
      LedgerConnectionConfig config, RetryPolicy retries, ResolutionPolicy resolution) {
    GatewayConnection connection = GatewayConnection.open(config);
    return new GatewayLedger(
        connection.sessions(),
        connection::close,
        retries,
        resolution,
        config.commitStatusTimeout(),
        config.evaluateTimeout());
  }

  /** The endpoint that the next call goes to first: the one that answered last. */
  String currentEndpoint() {
    return endpoints.current().address();
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

  @Override
  public PendingWrite<AccountView> registerVolunteerAsync(RegisterVolunteerRequest request) {
    return submitAsync(TransactionNames.REGISTER_VOLUNTEER, json(request), AccountView.class);
  }

  @Override
  public PendingWrite<EntryView> recordEarningAsync(RecordEarningRequest request) {
    return submitAsync(TransactionNames.RECORD_EARNING, json(request), EntryView.class);
  }

  @Override
  public PendingWrite<AccountView> setAccountStatusAsync(SetAccountStatusRequest request) {
    return submitAsync(TransactionNames.SET_ACCOUNT_STATUS, json(request), AccountView.class);
  }

  @Override
  public PendingWrite<MovementView> payForHelpAsync(PayForHelpRequest request) {
    return submitAsync(TransactionNames.PAY_FOR_HELP, json(request), MovementView.class);
  }

  @Override
  public PendingWrite<MovementView> transferAsync(TransferRequest request) {
    return submitAsync(TransactionNames.TRANSFER, json(request), MovementView.class);
  }

  @Override
  public PendingWrite<MovementView> reverseEntryAsync(ReverseEntryRequest request) {
    return submitAsync(TransactionNames.REVERSE_ENTRY, json(request), MovementView.class);
  }

  @Override
  public PendingWrite<EarningPolicyView> setEarningPolicyAsync(SetEarningPolicyRequest request) {
    return submitAsync(TransactionNames.SET_EARNING_POLICY, json(request), EarningPolicyView.class);
  }

  @Override
  public EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<LedgerEvent> handler) {
    requireOpen();
    return ChaincodeEventSubscription.start(endpoints, checkpoint, handler);
  }

  private static String json(Object request) {
    return LedgerJson.write(Objects.requireNonNull(request, "request"));
  }

  private <T> T evaluate(String name, String argument, Class<T> resultType) {
    requireOpen();
    byte[] result =
        endpoints.call(
            session -> {
              try {
                return session.contract().evaluateTransaction(name, argument);
              } catch (GatewayException e) {
                throw LedgerFailures.evaluateFailed(name, e);
              }
            });
    return WriteRunner.decode(name, null, result, resultType);
  }

  /**
   * Submits and waits for the definite outcome, re-running the whole proposal (new transaction id,
   * same requestId) when {@link RetryPolicy} says so.
   */
  private <T> Committed<T> submit(String name, String requestJson, Class<T> resultType) {
    requireOpen();
    return retries.run(name, () -> writes.once(name, requestJson, resultType));
  }

  /**
   * Endorses and hands to the orderer in the caller's thread (re-running failures that happened
   * before ordering), then waits for the outcome on a commit-wait thread.
   */
  private <T> PendingWrite<T> submitAsync(String name, String requestJson, Class<T> resultType) {
    requireOpen();
    String requestId = WriteRunner.requestIdOf(requestJson);
    WriteAttempt first = retries.run(name, () -> writes.send(name, requestJson));
    CompletableFuture<Committed<T>> outcome =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return writes.await(name, requestJson, resultType, first);
              } catch (LedgerException failure) {
                if (!RetryPolicy.isRetryable(failure)) {
                  throw failure;
                }
                return retries.runAfter(
                    name, failure, () -> writes.once(name, requestJson, resultType));
              }
            },
            commitWaiters);
    return new PendingSubmission<>(first.transactionId(), requestId, outcome);
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Ledger client is closed");
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      commitWaiters.shutdown();
      onClose.run();
      commitWaiters.shutdownNow();
    }
  }
}
