package io.timecoin.client;

import java.util.Objects;

/**
 * A write was (or may have been) handed to the orderer, and the client could not settle whether it
 * committed within its bounds: the commit status did not arrive, the requestId was not on the
 * ledger yet, and the ledger stayed unreachable or slow while the client tried to make the outcome
 * definite (the algorithm is in the module README).
 *
 * <p>Settle it later with the {@link #requestId()}: {@link TimeCoinLedger#resolve(String)} returns
 * the committed result once it is on the ledger; or send the very same request again (same
 * requestId), which either returns the first result or writes exactly once. Never send the
 * operation again under a new requestId: that could write it twice.
 */
public final class LedgerOutcomeUnknownException extends LedgerUnavailableException {

  private static final long serialVersionUID = 1L;

  /** The request's idempotency key, to resolve the outcome with; may be null. */
  private final String requestId;

  /**
   * Whether no orderer acknowledged any hand-over of the write (see {@link #orderingUnreachable}).
   */
  private final boolean orderingUnreachable;

  /**
   * Creates an exception.
   *
   * @param message what failed, without request payloads.
   * @param transactionId the Fabric transaction id of the last attempt.
   * @param requestId the request's idempotency key, to resolve the outcome with; null only for
   *     callers that did not know it.
   * @param cause the underlying failure, or null.
   */
  public LedgerOutcomeUnknownException(
      String message, String transactionId, String requestId, Throwable cause) {
    this(message, transactionId, requestId, false, cause);
  }

  /**
   * Creates an exception that may say the ordering service was out of reach.
   *
   * @param message what failed, without request payloads.
   * @param transactionId the Fabric transaction id of the last attempt.
   * @param requestId the request's idempotency key; null only for callers that did not know it.
   * @param orderingUnreachable whether no orderer acknowledged any hand-over of the write.
   * @param cause the underlying failure, or null.
   */
  public LedgerOutcomeUnknownException(
      String message,
      String transactionId,
      String requestId,
      boolean orderingUnreachable,
      Throwable cause) {
    super(message, Objects.requireNonNull(transactionId, "transactionId"), true, cause);
    this.requestId = requestId;
    this.orderingUnreachable = orderingUnreachable;
  }

  /**
   * The idempotency key to settle the outcome with.
   *
   * @return the requestId, or null if the failing call did not carry one.
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Whether the client stopped settling early because the ordering service was out of reach: no
   * orderer acknowledged the first hand-over nor the resent copy, and the request was not on the
   * ledger in between. Either copy can still commit only if an orderer received it without
   * answering; sending the same request again later writes it at most once.
   *
   * @return true when the ordering service could not be reached
   */
  public boolean orderingUnreachable() {
    return orderingUnreachable;
  }
}
