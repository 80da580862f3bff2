package io.timecoin.client;

/**
 * The gateway peer could not be reached or did not answer within the deadline (gRPC {@code
 * UNAVAILABLE} or {@code DEADLINE_EXCEEDED}).
 *
 * <p>If {@link #outcomeUnknown()} is true the transaction may still commit: query the ledger by the
 * request's requestId before doing anything else rather than resubmitting blindly. If it is false
 * the call never reached ordering and nothing was written.
 */
public final class LedgerUnavailableException extends LedgerException {

  private static final long serialVersionUID = 1L;

  private final boolean outcomeUnknown;

  /**
   * Creates an exception.
   *
   * @param message what failed and what to do next, without request payloads.
   * @param transactionId the Fabric transaction id, or null for evaluations.
   * @param outcomeUnknown whether the transaction may have been sent for ordering.
   * @param cause the underlying failure, or null.
   */
  public LedgerUnavailableException(
      String message, String transactionId, boolean outcomeUnknown, Throwable cause) {
    super(message, transactionId, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /**
   * Whether the transaction may have been ordered and committed despite this failure.
   *
   * @return true once the transaction had been handed to the orderer.
   */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
