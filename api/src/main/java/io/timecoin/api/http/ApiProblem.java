package io.timecoin.api.http;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure to report as {@code application/problem+json}: the status, a stable code (an {@link
 * ApiErrorCode} or a ledger {@link io.timecoin.model.ErrorCode} name) and a message a person can
 * act on, which never repeats the caller's input.
 */
public final class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final transient Duration retryAfter;
  private final String requestId;

  /**
   * Creates a problem.
   *
   * @param status HTTP status.
   * @param code stable error code.
   * @param detail what went wrong and what to do, without the caller's input.
   * @param retryAfter when to retry, or null.
   */
  public ApiProblem(int status, String code, String detail, Duration retryAfter) {
    this(status, code, detail, retryAfter, null);
  }

  private ApiProblem(
      int status, String code, String detail, Duration retryAfter, String requestId) {
    super(Objects.requireNonNull(detail, "detail"));
    this.status = status;
    this.code = Objects.requireNonNull(code, "code");
    this.retryAfter = retryAfter;
    this.requestId = requestId;
  }

  /**
   * This problem naming the ledger requestId of a write whose outcome the caller must look up (sent
   * as the {@code requestId} member and a {@code Location} to its status).
   */
  public ApiProblem withRequestId(String ledgerRequestId) {
    return new ApiProblem(
        status, code, getMessage(), retryAfter, Objects.requireNonNull(ledgerRequestId));
  }

  /** A problem with an API code and its usual status. */
  public static ApiProblem of(ApiErrorCode code, String detail) {
    return new ApiProblem(code.status(), code.name(), detail, null);
  }

  /** A problem with an API code, its usual status and a Retry-After. */
  public static ApiProblem retryLater(ApiErrorCode code, String detail, Duration retryAfter) {
    return new ApiProblem(code.status(), code.name(), detail, retryAfter);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  /** The ledger requestId to look the write up by, or null. */
  public String requestId() {
    return requestId;
  }

  /** When the caller should retry, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
