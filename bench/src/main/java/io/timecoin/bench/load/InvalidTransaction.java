package io.timecoin.bench.load;

import java.util.Objects;

/**
 * A raw-gateway write that was ordered but invalidated at commit (e.g. {@code MVCC_READ_CONFLICT}):
 * the gateway reports it as a status, not an exception, so the bench turns it into this one to
 * count it as {@code invalid:<code>} like the client's own commit failures.
 */
public final class InvalidTransaction extends Exception {

  private static final long serialVersionUID = 1L;

  private final String validationCode;

  /**
   * Creates a failure.
   *
   * @param validationCode Fabric's validation code name, e.g. {@code MVCC_READ_CONFLICT}.
   */
  public InvalidTransaction(String validationCode) {
    super("transaction invalidated: " + validationCode);
    this.validationCode = Objects.requireNonNull(validationCode, "validationCode");
  }

  /** Fabric's validation code name. */
  public String validationCode() {
    return validationCode;
  }
}
