package io.timecoin.auditstore.projection;

/** The projection met something it must not guess about; it stops at that block. */
public final class ProjectionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ProjectionException(String message) {
    super(message);
  }
}
