package io.timecoin.auditstore.query;

/**
 * A query that cannot be answered as asked; {@link #code()} is stable, the message says what to
 * change. Nothing was read.
 */
public final class AuditQueryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String code;

  AuditQueryException(String code, String message) {
    super("[" + code + "] " + message);
    this.code = code;
  }

  /** {@code INVALID_PAGE}, {@code INVALID_CURSOR} or {@code INVALID_ARGUMENT}. */
  public String code() {
    return code;
  }
}
