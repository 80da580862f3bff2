package io.timecoin.bench.load;

import java.util.Objects;

/**
 * An HTTP request answered with a status other than the one the workload expects. Carries the
 * status and the API's error code (from the response body), never the body itself.
 */
public final class HttpFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String errorCode;

  /**
   * Creates a failure.
   *
   * @param status the HTTP status received.
   * @param errorCode the API's error code, or empty if the body had none.
   */
  public HttpFailure(int status, String errorCode) {
    super("HTTP " + status + (errorCode.isEmpty() ? "" : " " + errorCode));
    this.status = status;
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
  }

  /** The HTTP status received. */
  public int status() {
    return status;
  }

  /** The API's error code, or empty. */
  public String errorCode() {
    return errorCode;
  }
}
