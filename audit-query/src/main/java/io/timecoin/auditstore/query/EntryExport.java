package io.timecoin.auditstore.query;

import io.timecoin.model.LedgerJson;
import io.timecoin.model.SignedCoinAmount;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Every entry an {@link EntryFilter} selects, streamed as CSV or NDJSON from one snapshot of the
 * projection, with the SHA-256 of exactly the bytes written: the digest the API's exports send in
 * their {@code Timecoin-Content-SHA256} trailer. CSV cells are neutralised against formula
 * injection as the API's exports are (a leading {@code = + - @}, tab or CR gets an apostrophe).
 */
public final class EntryExport {

  /** The two formats. */
  public enum Format {
    CSV,
    NDJSON
  }

  /**
   * What was written.
   *
   * @param sha256 lowercase hex SHA-256 of the bytes written
   * @param rows entries written
   * @param currentToBlock the block the snapshot is current to
   */
  public record Result(String sha256, long rows, long currentToBlock) {}

  /** Columns, in order; the NDJSON objects carry the same names (keys sorted). */
  public static final List<String> COLUMNS =
      List.of(
          "entryId",
          "volunteerId",
          "sequence",
          "leg",
          "type",
          "amount",
          "balanceAfter",
          "counterpartyId",
          "activityId",
          "minutes",
          "category",
          "verifier",
          "helpRequestId",
          "reversedEntryId",
          "memo",
          "reason",
          "requestId",
          "txId",
          "recordedAt",
          "recorderMsp",
          "blockNumber",
          "txIndex");

  private final Jdbi jdbi;

  public EntryExport(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  /**
   * Writes the export; {@code sink} is not closed.
   *
   * @throws AuditQueryException for a bad filter, before anything is written
   */
  public Result write(EntryFilter filter, Format format, OutputStream sink) {
    MessageDigest sha256 = sha256();
    OutputStream out = new DigestOutputStream(sink, sha256);
    long[] block = {-1};
    long rows;
    try {
      rows =
          new AuditQueries(jdbi)
              .streamEntries(
                  filter,
                  new RowSink<>() {
                    @Override
                    public void begin(long currentToBlock) throws IOException {
                      block[0] = currentToBlock;
                      if (format == Format.CSV) {
                        out.write(
                            (String.join(",", COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8));
                      }
                    }

                    @Override
                    public void row(EntryRow entry) throws IOException {
                      out.write(line(entry, format));
                    }
                  });
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the export could not be written", e);
    }
    return new Result(HexFormat.of().formatHex(sha256.digest()), rows, block[0]);
  }

  private static byte[] line(EntryRow e, Format format) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("entryId", e.entryId());
    values.put("volunteerId", e.volunteerId());
    values.put("sequence", e.sequence());
    values.put("leg", e.leg());
    values.put("type", e.type());
    values.put("amount", new SignedCoinAmount(e.amountUnits()).toString());
    values.put("balanceAfter", new SignedCoinAmount(e.balanceAfterUnits()).toString());
    values.put("counterpartyId", e.counterpartyId());
    values.put("activityId", e.activityId());
    values.put("minutes", e.minutes());
    values.put("category", e.category());
    values.put("verifier", e.verifier());
    values.put("helpRequestId", e.helpRequestId());
    values.put("reversedEntryId", e.reversedEntryId());
    values.put("memo", e.memo());
    values.put("reason", e.reason());
    values.put("requestId", e.requestId());
    values.put("txId", e.txId());
    values.put("recordedAt", e.recordedAt().toString());
    values.put("recorderMsp", e.recorderMsp());
    values.put("blockNumber", e.blockNumber());
    values.put("txIndex", e.txIndex());
    if (format == Format.NDJSON) {
      return (LedgerJson.write(values) + "\n").getBytes(StandardCharsets.UTF_8);
    }
    StringBuilder line = new StringBuilder();
    for (String column : COLUMNS) {
      if (line.length() > 0) {
        line.append(',');
      }
      Object value = values.get(column);
      line.append(value == null ? "" : cell(value.toString()));
    }
    return line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  /** RFC 4180 quoting, and OWASP's apostrophe before what a spreadsheet would run. */
  static String cell(String value) {
    if (value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return '"' + (formula ? "'" + value : value).replace("\"", "\"\"") + '"';
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
