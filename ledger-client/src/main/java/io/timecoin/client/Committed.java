package io.timecoin.client;

import java.util.Objects;

/**
 * The result of a write transaction that the ledger has committed as valid.
 *
 * @param value the chaincode's result.
 * @param transactionId the Fabric transaction id, for correlation with peer logs and events.
 * @param blockNumber the block in which the transaction was committed.
 * @param <T> the result type.
 */
public record Committed<T>(T value, String transactionId, long blockNumber) {

  /**
   * Creates a committed result.
   *
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
}
