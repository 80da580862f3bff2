package io.timecoin.client;

import java.util.concurrent.CompletableFuture;

/**
 * A write that has been endorsed and handed to the orderer but whose commit is still to come: the
 * receipt of {@link TimeCoinLedger#submitAsync}. Its transaction id and requestId are known at
 * once, so they can be stored before the outcome is; the outcome arrives later through {@link
 * #committed()} or {@link #future()}.
 *
 * <pre>{@code
 * PendingWrite<EntryView> pending = ledger.submitAsync(Transactions.RECORD_EARNING, request);
 * store(pending.requestId(), pending.transactionId()); // before waiting
 * Committed<EntryView> entry = pending.committed();    // blocks until committed or failed
 * }</pre>
 *
 * <p>The outcome is definite, as for the blocking methods: read conflicts are re-run and a commit
 * status that does not arrive in time is resolved (see the module README). If the client re-ran the
 * write, {@code committed().transactionId()} differs from {@link #transactionId()}. Implementations
 * are thread-safe.
 *
 * @param <T> the result type.
 */
public interface PendingWrite<T> {

  /**
   * The Fabric transaction id of the first attempt, as sent to the orderer.
   *
   * @return the transaction id.
   */
  String transactionId();

  /**
   * The request's idempotency key: the one to look the write up by with {@link
   * TimeCoinLedger#resolve(String)} or to send the same request again with.
   *
   * @return the requestId.
   */
  String requestId();

  /**
   * Waits for the outcome.
   *
   * @return the committed result.
   * @throws LedgerException the write's failure, as the blocking method would have thrown it; a
   *     {@link LedgerOutcomeUnknownException} if the outcome could not be settled.
   */
  Committed<T> committed();

  /**
   * The outcome as a future, for callers that compose rather than block. It completes exceptionally
   * with the same {@link LedgerException} that {@link #committed()} throws.
   *
   * @return a future of the committed result; completing it from outside has no effect on the
   *     ledger.
   */
  CompletableFuture<Committed<T>> future();

  /**
   * A receipt for a write that has already committed, for ledgers without a separate commit phase.
   *
   * @param committed the committed write.
   * @param <T> the result type.
   * @return a receipt whose outcome is already known.
   */
  static <T> PendingWrite<T> completed(Committed<T> committed) {
    return new PendingSubmission<>(
        committed.transactionId(),
        committed.requestId(),
        CompletableFuture.completedFuture(committed));
  }
}
