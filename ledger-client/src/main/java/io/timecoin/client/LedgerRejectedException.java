package io.timecoin.client;

import io.timecoin.model.ErrorCode;
import java.util.Objects;

/**
 * The chaincode refused the request with one of the wire contract's {@link ErrorCode}s. Nothing was
 * written. Resubmitting the same request gives the same answer unless the ledger's state changes in
 * between.
 */
public final class LedgerRejectedException extends LedgerException {

  private static final long serialVersionUID = 1L;

  /** The code the chaincode put in its error message. */
  private final ErrorCode code;

  /** The rest of the chaincode's message, after the code. */
  private final String reason;

  /**
   * Creates an exception.
   *
   * @param code the code the chaincode put in its error message.
   * @param reason the rest of the chaincode's message, after the code.
   * @param message what failed, without request payloads.
   * @param transactionId the Fabric transaction id, or null for evaluations.
   * @param cause the underlying failure, or null.
   */
  public LedgerRejectedException(
      ErrorCode code, String reason, String message, String transactionId, Throwable cause) {
    super(message, transactionId, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why the chaincode refused.
   *
   * @return the error code.
   */
  public ErrorCode code() {
    return code;
  }

  /**
   * The chaincode's own explanation, as sent, without the {@code [CODE]} prefix. It is meant for
   * the caller that sent the request and may echo identifiers from it; it is deliberately not part
   * of {@link #getMessage()}, so do not log it.
   *
   * @return the chaincode's explanation, possibly empty.
   */
  public String reason() {
    return reason;
  }

  /**
   * Whether the refusal may come from a peer that had not yet seen a write committed moments ago
   * (e.g. {@code VOLUNTEER_NOT_FOUND} right after the registration, {@code CLAIM_NOT_APPROVED}
   * right after the approval). The client already retried such a refusal for a short while; a
   * caller should not remember it as the final answer to the request.
   *
   * @return true for refusals that a newer ledger state can lift.
   */
  public boolean mayBeStale() {
    return Refusals.mayBeStale(code);
  }
}
