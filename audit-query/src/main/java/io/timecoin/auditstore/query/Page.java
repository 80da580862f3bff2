package io.timecoin.auditstore.query;

import java.util.List;

/**
 * One page of a keyset-paged answer.
 *
 * @param items the rows, in the query's order
 * @param nextCursor pass it back for the next page; {@code null} on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {

  public Page {
    items = List.copyOf(items);
  }
}
