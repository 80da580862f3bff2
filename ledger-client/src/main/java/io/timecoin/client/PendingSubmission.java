package io.timecoin.client;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** {@link PendingWrite} over a future that the ledger client completes. */
final class PendingSubmission<T> implements PendingWrite<T> {

  private final String transactionId;
  private final String requestId;
  private final CompletableFuture<Committed<T>> outcome;

  PendingSubmission(
      String transactionId, String requestId, CompletableFuture<Committed<T>> outcome) {
    this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
    this.requestId = requestId;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }

  @Override
  public String transactionId() {
    return transactionId;
  }

  @Override
  public String requestId() {
    return requestId;
  }

  @Override
  public Committed<T> committed() {
    try {
      return outcome.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerOutcomeUnknownException(
          "Interrupted while waiting for transaction " + transactionId + "; it may still commit",
          transactionId,
          requestId,
          e);
    } catch (ExecutionException | CompletionException | CancellationException e) {
      throw unwrap(e);
    }
  }

  @Override
  public CompletableFuture<Committed<T>> future() {
    // A copy, so a caller completing or cancelling it cannot change what committed() reports.
    return outcome.copy();
  }

  private static RuntimeException unwrap(Exception e) {
    Throwable cause = e.getCause() == null ? e : e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("Write failed", cause);
  }
}
