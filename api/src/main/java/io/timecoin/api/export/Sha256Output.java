package io.timecoin.api.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes bytes on and keeps the SHA-256 of exactly what passed: the digest every export states (the
 * {@code Timecoin-Content-SHA256} trailer, {@code timecoin export} on stderr). Closing it does not
 * close the stream underneath (a response stream is the server's to close).
 */
public final class Sha256Output extends FilterOutputStream {

  private final MessageDigest sha256;

  public Sha256Output(OutputStream sink) {
    super(sink);
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sha256.update((byte) b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
    sha256.update(bytes, offset, length);
  }

  /**
   * Flushes, and returns the lowercase hex SHA-256 of everything written; call once, at the end.
   */
  public String finish() throws IOException {
    flush();
    return HexFormat.of().formatHex(sha256.digest());
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
