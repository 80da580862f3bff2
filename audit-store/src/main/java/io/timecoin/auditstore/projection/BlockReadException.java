package io.timecoin.auditstore.projection;

/**
 * The block source failed (the peer went away, the stream broke); nothing of the open batch was
 * committed, and projecting again resumes at the checkpoint.
 */
public final class BlockReadException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  BlockReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
