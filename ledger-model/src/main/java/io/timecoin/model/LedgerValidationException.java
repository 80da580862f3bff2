package io.timecoin.model;

import java.util.Objects;

/**
 * A request or stored value broke a rule of the wire contract. The message is {@code "[CODE]
 * message"} and never contains the offending value.
 */
public class LedgerValidationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public LedgerValidationException(ErrorCode code, String message) {
    super(LedgerErrors.format(code, message));
    this.code = Objects.requireNonNull(code, "code");
  }

  public LedgerValidationException(ErrorCode code, String message, Throwable cause) {
    super(LedgerErrors.format(code, message), cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  public ErrorCode code() {
    return code;
  }
}
