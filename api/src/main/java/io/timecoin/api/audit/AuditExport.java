package io.timecoin.api.audit;

import io.javalin.http.Context;
import io.timecoin.api.export.CsvCells;
import io.timecoin.api.export.DigestTrailer;
import io.timecoin.api.export.EntryExport;
import io.timecoin.api.export.Sha256Output;
import io.timecoin.api.http.ApiJson;
import io.timecoin.auditstore.query.RowSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Streams one audit answer as CSV or NDJSON, with the same digest trailer as every export. The
 * response is committed (200, headers) only when the store has opened its snapshot, so a bad
 * question or an unreachable store is still a problem+json; the block the snapshot is current to
 * goes in the header {@value #CURRENT_TO_BLOCK}.
 */
final class AuditExport<T> implements RowSink<T> {

  /** The header naming the block an export is current to. */
  static final String CURRENT_TO_BLOCK = "Timecoin-Current-To-Block";

  private final Context ctx;
  private final EntryExport.Format format;
  private final String fileName;
  private final AuditRows<T> rows;
  private DigestTrailer trailer;
  private Sha256Output body;

  AuditExport(Context ctx, EntryExport.Format format, String fileName, AuditRows<T> rows) {
    this.ctx = ctx;
    this.format = format;
    this.fileName = fileName;
    this.rows = rows;
  }

  @Override
  public void begin(long currentToBlock) throws IOException {
    ctx.header(CURRENT_TO_BLOCK, Long.toString(currentToBlock));
    trailer = DigestTrailer.begin(ctx, format, fileName);
    body = trailer.body();
    if (format == EntryExport.Format.CSV) {
      body.write((String.join(",", rows.columns()) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  @Override
  public void row(T row) throws IOException {
    if (format == EntryExport.Format.NDJSON) {
      body.write(ApiJson.MAPPER.writeValueAsBytes(rows.json(row)));
      body.write('\n');
      return;
    }
    Map<String, Object> values = rows.fields().apply(row);
    StringBuilder line = new StringBuilder();
    for (String column : rows.columns()) {
      if (line.length() > 0) {
        line.append(',');
      }
      Object value = values.get(column);
      line.append(value == null ? "" : CsvCells.cell(value.toString()));
    }
    body.write(line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Ends the body and sets the digest trailer. */
  void end() throws IOException {
    trailer.end(body.finish());
  }
}
