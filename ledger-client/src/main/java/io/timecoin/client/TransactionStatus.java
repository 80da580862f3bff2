package io.timecoin.client;

import java.util.Objects;

/**
 * Where and how a transaction was committed, as the org's peer recorded it (from the {@code qscc}
 * system chaincode).
 *
 * @param transactionId the Fabric transaction id.
 * @param validationCode the Fabric validation code name, {@code VALID} or why it was invalidated
 *     (e.g. {@code MVCC_READ_CONFLICT}); an invalid transaction is in a block but changed nothing.
 * @param blockNumber the block that holds it.
 */
public record TransactionStatus(String transactionId, String validationCode, long blockNumber) {

  /**
   * Creates a status.
   *
   * @param transactionId the Fabric transaction id.
   * @param validationCode the Fabric validation code name.
   * @param blockNumber the block that holds it.
   * @throws NullPointerException if a text field is null.
   * @throws IllegalArgumentException if {@code blockNumber} is negative.
   */
  public TransactionStatus {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(validationCode, "validationCode");
    if (blockNumber < 0) {
      throw new IllegalArgumentException("blockNumber must not be negative: " + blockNumber);
    }
  }

  /**
   * Whether the transaction was committed as valid, so its writes took effect.
   *
   * @return true for {@code VALID}.
   */
  public boolean valid() {
    return "VALID".equals(validationCode);
  }
}
