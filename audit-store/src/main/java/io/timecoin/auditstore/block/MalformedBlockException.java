package io.timecoin.auditstore.block;

/** A block whose structure is not what Fabric writes; the projection stops rather than guess. */
public final class MalformedBlockException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MalformedBlockException(String message) {
    super(message);
  }
}
