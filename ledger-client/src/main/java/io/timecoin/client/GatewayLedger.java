package io.timecoin.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
final class GatewayLedger extends ContractLedger {

  private final Endpoints endpoints;
  private final WriteRunner writes;
  private final Runnable onClose;
  private final RetryPolicy retries;
  private final Duration writeTimeout;
  private final ExecutorService commitWaiters;
  private final AtomicBoolean closed = new AtomicBoolean();

  GatewayLedger(Contract contract, Runnable onClose) {
    this(contract, onClose, RetryPolicy.defaults());
  }

  /** Over one contract without a gateway of its own (unit tests). */
  GatewayLedger(Contract contract, Runnable onClose, RetryPolicy retries) {
    this(contract, onClose, retries, EndorsingOrganizations.none());
  }

  /** Over one contract, knowing the organisations that endorse insurance writes (unit tests). */
  GatewayLedger(
      Contract contract, Runnable onClose, RetryPolicy retries, EndorsingOrganizations endorsers) {
    this(
        List.of(new EndpointSession("contract", contract)),
        endorsers,
        onClose,
        retries,
        ResolutionPolicy.defaults(),
        LedgerConnectionConfig.DEFAULT_COMMIT_STATUS_TIMEOUT,
        LedgerConnectionConfig.DEFAULT_EVALUATE_TIMEOUT,
        LedgerConnectionConfig.DEFAULT_WRITE_TIMEOUT);
  }

  /** Over ready sessions, with no organisation named for insurance writes (unit tests). */
  GatewayLedger(
      List<EndpointSession> sessions,
      Runnable onClose,
      RetryPolicy retries,
      ResolutionPolicy resolution,
      Duration commitStatusTimeout,
      Duration lookupTimeout,
      Duration writeTimeout) {
    this(
        sessions,
        EndorsingOrganizations.none(),
        onClose,
        retries,
        resolution,
        commitStatusTimeout,
        lookupTimeout,
        writeTimeout);
  }

  GatewayLedger(
      List<EndpointSession> sessions,
      EndorsingOrganizations endorsers,
      Runnable onClose,
      RetryPolicy retries,
      ResolutionPolicy resolution,
      Duration commitStatusTimeout,
      Duration lookupTimeout,
      Duration writeTimeout) {
    this.endpoints = new Endpoints(sessions);
    this.writes =
        new WriteRunner(endpoints, endorsers, resolution, commitStatusTimeout, lookupTimeout);
    this.onClose = Objects.requireNonNull(onClose, "onClose");
    this.retries = Objects.requireNonNull(retries, "retries");
    this.writeTimeout = Objects.requireNonNull(writeTimeout, "writeTimeout");
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
        EndorsingOrganizations.from(config),
        connection::close,
        retries,
        resolution,
        config.commitStatusTimeout(),
        config.evaluateTimeout(),
        config.writeTimeout());
  }

  /** The endpoint that the next call goes to first: the one that answered last. */
  String currentEndpoint() {
    return endpoints.current().address();
  }

  @Override
  public EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<LedgerEvent> handler) {
    requireOpen();
    return ChaincodeEventSubscription.start(endpoints, checkpoint, handler);
  }

  @Override
  <T> T evaluate(
      String name, String argument, Map<String, byte[]> transientData, Class<T> resultType) {
    requireOpen();
    byte[] result =
        endpoints.call(
            session -> {
              try {
                if (transientData.isEmpty()) {
                  return session.contract().evaluateTransaction(name, argument);
                }
                return session
                    .contract()
                    .newProposal(name)
                    .addArguments(argument)
                    .putAllTransient(transientData)
                    .build()
                    .evaluate();
              } catch (GatewayException e) {
                throw LedgerFailures.evaluateFailed(name, e);
              }
            });
    return WriteRunner.decode(name, null, result, resultType);
  }

  /**
   * Submits and waits for the definite outcome, re-running the whole proposal (new transaction id,
   * same requestId) when {@link RetryPolicy} says so, all within the write timeout.
   */
  @Override
  <T> Committed<T> submit(WriteCall call, Class<T> resultType) {
    requireOpen();
    writes.endorsingOrganizations(call);
    WriteDeadline deadline = WriteDeadline.after(writeTimeout);
    return retries.run(call.name(), deadline, () -> writes.once(call, resultType, deadline));
  }

  /**
   * Endorses and hands to the orderer in the caller's thread (re-running failures that happened
   * before ordering), then waits for the outcome on a commit-wait thread.
   */
  @Override
  <T> PendingWrite<T> submitAsync(WriteCall call, Class<T> resultType) {
    requireOpen();
    String name = call.name();
    String requestId = WriteRunner.requestIdOf(call.requestJson());
    WriteDeadline deadline = WriteDeadline.after(writeTimeout);
    writes.endorsingOrganizations(call);
    WriteAttempt first = retries.run(name, deadline, () -> writes.send(call));
    if (first.replay()) {
      // Nothing was ordered: the answer is the transaction that wrote, looked up here.
      return PendingWrite.completed(writes.await(call, resultType, first, deadline));
    }
    CompletableFuture<Committed<T>> outcome =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return writes.await(call, resultType, first, deadline);
              } catch (LedgerException failure) {
                if (!RetryPolicy.isRetryable(failure)) {
                  throw failure;
                }
                return retries.runAfter(
                    name, deadline, failure, () -> writes.once(call, resultType, deadline));
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

  @Override
  public Optional<TransactionStatus> transactionStatus(String txId) {
    requireOpen();
    return endpoints.call(session -> TransactionLookup.on(session.network()).find(txId));
  }
}
