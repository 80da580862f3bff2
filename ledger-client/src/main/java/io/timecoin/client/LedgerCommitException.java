package io.timecoin.client;

import java.util.Objects;

/**
 * The transaction was endorsed and ordered, but the peers marked it invalid when committing it, so
 * it changed nothing. The most common cause, {@code MVCC_READ_CONFLICT}, means another transaction
 * changed a key this one read: re-run the whole request as a new proposal (the requestId stored on
 * the ledger makes that safe).
 */
public final class LedgerCommitException extends LedgerException {

  private static final long serialVersionUID = 1L;

  /** The Fabric validation code name, e.g. {@code MVCC_READ_CONFLICT}. */
  private final String validationCode;

  /** The block in which the transaction was recorded as invalid. */
  private final long blockNumber;

  /**
   * Creates an exception.
   *
   * @param message what failed, without request payloads.
   * @param transactionId the Fabric transaction id.
   * @param validationCode the Fabric validation code name, e.g. {@code MVCC_READ_CONFLICT}.
   * @param blockNumber the block in which the transaction was recorded as invalid.
   */
  public LedgerCommitException(
      String message, String transactionId, String validationCode, long blockNumber) {
    super(message, Objects.requireNonNull(transactionId, "transactionId"), null);
    this.validationCode = Objects.requireNonNull(validationCode, "validationCode");
    this.blockNumber = blockNumber;
  }

  /**
   * The Fabric transaction validation code name, e.g. {@code MVCC_READ_CONFLICT} or {@code
   * ENDORSEMENT_POLICY_FAILURE}.
   *
   * @return the validation code name.
   */
  public String validationCode() {
    return validationCode;
  }

  /**
   * The block in which the invalid transaction was recorded.
   *
   * @return the block number.
   */
  public long blockNumber() {
    return blockNumber;
  }

  /**
   * Whether the transaction lost a race with another one ({@code MVCC_READ_CONFLICT} or {@code
   * PHANTOM_READ_CONFLICT}), so that running the request again as a new proposal may succeed.
   *
   * @return true for read conflicts.
   */
  public boolean isReadConflict() {
    return "MVCC_READ_CONFLICT".equals(validationCode)
        || "PHANTOM_READ_CONFLICT".equals(validationCode);
  }
}
