package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.export.DigestTrailer;
import io.timecoin.api.export.EntryExport;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import java.io.IOException;
import java.util.Set;

/**
 * Auditor exports of one account's entries in a time range, CSV or NDJSON, streamed page by page.
 * The SHA-256 of the exact body bytes is sent in the HTTP trailer {@value #DIGEST_TRAILER}
 * (announced by a {@code Trailer} header; chunked HTTP/1.1): a header cannot carry it because the
 * body is streamed. The first page is read before the 200 is sent, so bad input is a problem+json.
 */
public final class ExportResource {

  /** The trailer that carries the lowercase hex SHA-256 of the body. */
  public static final String DIGEST_TRAILER = DigestTrailer.NAME;

  private final ApiServices services;

  /** Creates the resource over the instance's services. */
  public ExportResource(ApiServices services) {
    this.services = services;
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.get("/v1/exports/entries", this::export);
  }

  private void export(Context ctx) throws IOException {
    Authentication.require(ctx, Operation.EXPORT_ENTRIES);
    QueryParams query =
        QueryParams.of(ctx.queryParamMap(), Set.of("volunteerId", "from", "to", "format"));
    EntryExport.Format format =
        EntryExport.Format.of(query.text("format") == null ? "ndjson" : query.text("format"));
    if (format == null) {
      throw ApiProblem.of(ApiErrorCode.INVALID_QUERY, "format must be csv or ndjson");
    }
    if (query.text("volunteerId") == null
        || query.text("from") == null
        || query.text("to") == null) {
      throw ApiProblem.of(
          ApiErrorCode.INVALID_QUERY, "volunteerId, from and to (ISO-8601 instants) are required");
    }
    EntryExport export =
        new EntryExport(
                services.ledger(),
                query.text("volunteerId"),
                query.text("from"),
                query.text("to"),
                format)
            .firstPage();
    DigestTrailer trailer = DigestTrailer.begin(ctx, format, "entries");
    // writeTo digests exactly the bytes it writes (the CLI prints the same digest).
    trailer.end(export.writeTo(ctx.res().getOutputStream()));
  }
}
