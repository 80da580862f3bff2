package io.timecoin.api.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.EntryPage;
import io.timecoin.model.EntryView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.ListEntriesRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One export of an account's entries in a time range. {@link #firstPage()} asks the ledger for the
 * first page, so every bad input fails before anything is written; {@link #writeTo} then streams
 * all pages and returns the SHA-256 of exactly the bytes written.
 */
public final class EntryExport {

  /** The two formats. */
  public enum Format {
    CSV("text/csv; charset=utf-8"),
    NDJSON("application/x-ndjson");

    private final String mediaType;

    Format(String mediaType) {
      this.mediaType = mediaType;
    }

    /** The response content type. */
    public String mediaType() {
      return mediaType;
    }

    /** Parses {@code csv} or {@code ndjson}; null for anything else. */
    public static Format of(String name) {
      for (Format format : values()) {
        if (format.name().toLowerCase(Locale.ROOT).equals(name)) {
          return format;
        }
      }
      return null;
    }
  }

  /** CSV columns: the entry's fields in the wire contract's order, the recorder flattened. */
  public static final List<String> CSV_COLUMNS =
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
          "evidenceHash",
          "verifier",
          "helpRequestId",
          "reversedEntryId",
          "memo",
          "reason",
          "requestId",
          "txId",
          "recordedAt",
          "recordedBy.mspId",
          "recordedBy.certificateId");

  private static final ObjectMapper TREES = new ObjectMapper();

  private final TimeCoinLedger ledger;
  private final ListEntriesRequest query;
  private final Format format;
  private EntryPage first;

  /**
   * Prepares an export.
   *
   * @throws io.timecoin.model.LedgerValidationException for a bad volunteer id or time range.
   */
  public EntryExport(
      TimeCoinLedger ledger, String volunteerId, String from, String to, Format format) {
    this.ledger = ledger;
    this.format = format;
    this.query =
        new ListEntriesRequest(volunteerId, null, from, to, ListEntriesRequest.MAX_PAGE_SIZE, null);
  }

  /** Reads the first page now, so that refusals come before any output. */
  public EntryExport firstPage() {
    first = ledger.listEntries(query);
    return this;
  }

  /**
   * Writes the whole export.
   *
   * @param sink where to write; not closed.
   * @return the lowercase hex SHA-256 of the bytes written.
   */
  public String writeTo(OutputStream sink) throws IOException {
    Sha256Output out = new Sha256Output(sink);
    if (format == Format.CSV) {
      out.write((String.join(",", CSV_COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    EntryPage page = first == null ? ledger.listEntries(query) : first;
    while (true) {
      for (EntryView entry : page.entries()) {
        out.write(line(entry));
      }
      if (page.bookmark().isEmpty()) {
        break;
      }
      page =
          ledger.listEntries(
              new ListEntriesRequest(
                  query.volunteerId(),
                  null,
                  query.fromTime(),
                  query.toTime(),
                  query.pageSize(),
                  page.bookmark()));
    }
    return out.finish();
  }

  private byte[] line(EntryView entry) throws IOException {
    byte[] json = LedgerJson.writeBytes(entry);
    if (format == Format.NDJSON) {
      byte[] line = new byte[json.length + 1];
      System.arraycopy(json, 0, line, 0, json.length);
      line[json.length] = '\n';
      return line;
    }
    JsonNode tree = TREES.readTree(json);
    StringBuilder line = new StringBuilder();
    for (String column : CSV_COLUMNS) {
      if (line.length() > 0) {
        line.append(',');
      }
      JsonNode node = tree;
      for (String part : column.split("\\.")) {
        node = node.path(part);
      }
      line.append(node.isMissingNode() || node.isNull() ? "" : CsvCells.cell(node.asText()));
    }
    return line.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
  }
}
