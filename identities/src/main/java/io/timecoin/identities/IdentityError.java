package io.timecoin.identities;

/**
 * Why an identities command failed: a stable code (the message starts with {@code [CODE]}) and a
 * message a person can act on. Messages name identities and files, never secrets or keys.
 */
public final class IdentityError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The stable reasons. */
  public enum Code {
    /** A name, role, branch or option is not acceptable; nothing was sent to the CA. */
    INVALID_INPUT,
    /** The CA client configuration or a file it names is missing or unreadable. */
    CONFIG_UNREADABLE,
    /** The CA could not be reached (not running, wrong address, TLS refused). */
    CA_UNAVAILABLE,
    /** The CA refused the request; its own error code and message follow. */
    CA_REFUSED,
    /** The CA answered something this client cannot read. */
    CA_ANSWER_MALFORMED,
    /** A certificate or key file could not be read or written. */
    FILE_FAILED,
    /** The CRL could not be put into the channel configuration (the CA revocation stands). */
    CHANNEL_UPDATE_FAILED,
    /**
     * The ledger refused the operator registry change (its code follows) or could not be reached;
     * nothing was changed at the CA.
     */
    LEDGER_FAILED
  }

  private final Code code;

  /** An error with its code; the message is prefixed with {@code [CODE]}. */
  public IdentityError(Code code, String message) {
    super("[" + code + "] " + message);
    this.code = code;
  }

  /** An error with its code and the cause (kept for a stack trace, not shown to the user). */
  public IdentityError(Code code, String message, Throwable cause) {
    super("[" + code + "] " + message, cause);
    this.code = code;
  }

  /** The stable code. */
  public Code code() {
    return code;
  }
}
