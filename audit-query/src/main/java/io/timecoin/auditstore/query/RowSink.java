package io.timecoin.auditstore.query;

import java.io.IOException;

/**
 * Receives a streamed answer: first the block the snapshot is current to, then every row, all
 * inside one read transaction (so an export is as consistent as a page).
 */
public interface RowSink<T> {

  /** Called once, before any row; a writer can send its headers here. */
  void begin(long currentToBlock) throws IOException;

  /** Called for every row, in the query's order. */
  void row(T row) throws IOException;
}
