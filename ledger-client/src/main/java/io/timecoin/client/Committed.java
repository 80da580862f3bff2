package io.timecoin.client;

import java.util.Objects;

/**
 * The result of a write transaction that the ledger has committed as valid.
 *
 * <p>When the ledger answered a repeated request (same requestId) with its stored first result,
 * {@link #value()} is that first result and {@link #transactionId()} is the transaction that
 * returned it; the ids inside the value (entry ids) name the transaction that wrote it.
 *
 * @param value the chaincode's result.
 * @param transactionId the Fabric transaction id, for correlation with peer logs and events.
 * @param blockNumber the block in which the transaction was committed.
 * @param requestId the request's idempotency key; null only from ledgers that do not track it (test
 *     fakes built with the three-argument constructor).
 * @param <T> the result type.
 */
public record Committed<T>(T value, String transactionId, long blockNumber, String requestId) {

  /**
   * Creates a committed result.
   *
   * @param value the chaincode's result.
   * @param transactionId the Fabric transaction id.
   * @param blockNumber the block in which the transaction was committed.
   * @param requestId the request's idempotency key, or null.
   * @throws NullPointerException if {@code value} or {@code transactionId} is null.
   * @throws IllegalArgumentException if {@code blockNumber} is negative.
   */
  public Committed {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(transactionId, "transactionId");
    if (blockNumber < 0) {
      throw new IllegalArgumentException("blockNumber must not be negative: " + blockNumber);
    }
  }

  /**
   * Creates a committed result without its requestId, for ledgers that do not track one.
   *
   * @param value the chaincode's result.
   * @param transactionId the Fabric transaction id.
   * @param blockNumber the block in which the transaction was committed.
   */
  public Committed(T value, String transactionId, long blockNumber) {
    this(value, transactionId, blockNumber, null);
  }
}
