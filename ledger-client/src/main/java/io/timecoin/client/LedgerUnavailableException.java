package io.timecoin.client;

/**
 * The ledger could not be reached or did not answer within the deadline (gRPC {@code UNAVAILABLE}
 * or {@code DEADLINE_EXCEEDED} on every configured gateway endpoint), or endorsing peers disagreed
 * while a hot key changed under them. Retryable: try again later.
 *
 * <p>An instance of this class itself means nothing reached the orderer, so nothing was written.
 * Its subclass {@link LedgerOutcomeUnknownException} means the opposite: the write may have been
 * ordered, and the client could not settle its outcome; {@link #outcomeUnknown()} tells them apart.
 */
public sealed class LedgerUnavailableException extends LedgerException
    permits LedgerOutcomeUnknownException {

  private static final long serialVersionUID = 1L;

  /** Whether the write may have been ordered (true only for the outcome-unknown subclass). */
  private final boolean outcomeUnknown;

  /**
   * Creates an exception for a call that never reached the orderer.
   *
   * @param message what failed and what to do next, without request payloads.
   * @param transactionId the Fabric transaction id, or null for evaluations.
   * @param cause the underlying failure, or null.
   */
  public LedgerUnavailableException(String message, String transactionId, Throwable cause) {
    this(message, transactionId, false, cause);
  }

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
