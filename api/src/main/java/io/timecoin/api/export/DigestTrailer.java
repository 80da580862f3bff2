package io.timecoin.api.export;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The response side of every export: 200 with the format's media type, an attachment name, and the
 * SHA-256 of exactly the body's bytes as the HTTP trailer {@value #NAME} (announced by a {@code
 * Trailer} header; chunked HTTP/1.1). A header cannot carry the digest because the body is
 * streamed; whoever holds the whole body can check it against the trailer.
 */
public final class DigestTrailer {

  /** The trailer that carries the lowercase hex SHA-256 of the body. */
  public static final String NAME = "Timecoin-Content-SHA256";

  private final Context ctx;
  private final AtomicReference<String> digest = new AtomicReference<>("");

  private DigestTrailer(Context ctx) {
    this.ctx = ctx;
  }

  /**
   * Commits to a 200: sets the headers and the trailer. Call only once the request is known to be
   * good (the first page read), since nothing after this can be a problem+json.
   *
   * @param fileName the attachment's name without extension
   */
  public static DigestTrailer begin(Context ctx, EntryExport.Format format, String fileName) {
    DigestTrailer trailer = new DigestTrailer(ctx);
    ctx.status(200);
    ctx.contentType(format.mediaType());
    ctx.header("Trailer", NAME);
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"" + fileName + "." + format.name().toLowerCase(Locale.ROOT) + "\"");
    ctx.res().setTrailerFields(() -> Map.of(NAME, trailer.digest.get()));
    return trailer;
  }

  /** A stream over the response body that keeps its digest ({@link Sha256Output#finish()}). */
  public Sha256Output body() throws IOException {
    return new Sha256Output(ctx.res().getOutputStream());
  }

  /** Sets the trailer: the lowercase hex SHA-256 of exactly the body written. */
  public void end(String sha256Hex) {
    digest.set(sha256Hex);
  }
}
