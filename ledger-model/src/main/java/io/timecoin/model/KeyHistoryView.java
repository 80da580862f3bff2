package io.timecoin.model;

import java.util.List;

/**
 * One page of the committed versions of one record, as Fabric's history database returns them.
 *
 * @param kind what kind of record
 * @param id its id
 * @param modifications the versions on this page, in the order Fabric returns them
 * @param bookmark pass it in the next request for the next page; {@code ""} after the last one
 */
public record KeyHistoryView(
    HistoryKind kind, String id, List<Modification> modifications, String bookmark) {

  public KeyHistoryView {
    Fields.required(kind, "kind");
    Fields.required(id, "id");
    modifications = List.copyOf(Fields.required(modifications, "modifications"));
    Fields.required(bookmark, "bookmark");
  }

  /**
   * One committed write of the record.
   *
   * @param txId the transaction that wrote it
   * @param timestamp ISO-8601 UTC timestamp of that transaction
   * @param deleted whether the write was a delete
   * @param value the value written, as JSON text; {@code null} for a delete
   */
  public record Modification(String txId, String timestamp, boolean deleted, String value) {

    public Modification {
      Fields.required(txId, "txId");
      Fields.required(timestamp, "timestamp");
    }
  }
}
