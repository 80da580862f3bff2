package io.timecoin.client;

import java.util.Optional;

/**
 * A ledger call failed. Subclasses say how; an instance of this class itself is a failure that fits
 * none of them (for example an endorsement policy failure or a malformed result).
 *
 * <p>Messages name the transaction, the stage and, where known, the transaction id; they never
 * contain request payloads.
 */
public sealed class LedgerException extends RuntimeException
    permits LedgerRejectedException, LedgerCommitException, LedgerUnavailableException {

  private static final long serialVersionUID = 1L;

  /** The Fabric transaction id, or null if none was created. */
  private final String transactionId;

  /**
   * Creates an exception.
   *
   * @param message what failed, without request payloads.
   * @param transactionId the Fabric transaction id, or null if none was created.
   * @param cause the underlying failure, or null.
   */
  public LedgerException(String message, String transactionId, Throwable cause) {
    super(message, cause);
    this.transactionId = transactionId;
  }

  /**
   * The Fabric transaction id of the failed call, if it got far enough to have one that matters.
   *
   * @return the transaction id, or empty for evaluations and failures before a proposal existed.
   */
  public Optional<String> transactionId() {
    return Optional.ofNullable(transactionId);
  }
}
