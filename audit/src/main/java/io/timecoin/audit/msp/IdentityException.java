package io.timecoin.audit.msp;

/** An identity that no channel MSP accepts; the message says why (never the certificate). */
public final class IdentityException extends Exception {

  public IdentityException(String message) {
    super(message);
  }
}
