package io.timecoin.model;

import java.util.List;

/**
 * One page of {@link TransactionNames#LIST_ENTRIES}.
 *
 * @param entries the entries of this page, in order
 * @param bookmark opaque token for the next page of the same query; {@code ""} when there is none
 */
public record EntryPage(List<EntryView> entries, String bookmark) {

  public EntryPage {
    entries = List.copyOf(Fields.required(entries, "entries"));
    Fields.required(bookmark, "bookmark");
  }
}
