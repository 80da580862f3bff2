package io.timecoin.auditstore.projection;

import org.jdbi.v3.core.Handle;

/**
 * Adds a batch's EARN entries, and the REVERSAL entries that took back earlier EARN entries, to
 * {@code mint_buckets}, inside the batch's SQL transaction (after its rows are written).
 */
final class MintBuckets {

  private static final String BUCKET =
      "date_bin('15 minutes', %s, TIMESTAMPTZ '2000-01-01 00:00:00+00')";

  private MintBuckets() {}

  static void add(Handle handle, long firstBlock, long lastBlock) {
    handle
        .createUpdate(
            """
            INSERT INTO mint_buckets (bucket_start, verifier, earnings, minted, reversed)
            SELECT %s, coalesce(verifier, ''), count(*), sum(amount), 0
            FROM entries
            WHERE type = 'EARN' AND block_number BETWEEN :first AND :last
            GROUP BY 1, 2
            ON CONFLICT (bucket_start, verifier) DO UPDATE
              SET earnings = mint_buckets.earnings + excluded.earnings,
                  minted = mint_buckets.minted + excluded.minted
            """
                .formatted(BUCKET.formatted("recorded_at")))
        .bind("first", firstBlock)
        .bind("last", lastBlock)
        .execute();
    // A reversal counts against the bucket of the earning it reverses.
    handle
        .createUpdate(
            """
            INSERT INTO mint_buckets (bucket_start, verifier, earnings, minted, reversed)
            SELECT %s, coalesce(e.verifier, ''), 0, 0, sum(-r.amount)
            FROM entries r JOIN entries e ON e.entry_id = r.reversed_entry_id
            WHERE r.type = 'REVERSAL' AND e.type = 'EARN'
              AND r.block_number BETWEEN :first AND :last
            GROUP BY 1, 2
            ON CONFLICT (bucket_start, verifier) DO UPDATE
              SET reversed = mint_buckets.reversed + excluded.reversed
            """
                .formatted(BUCKET.formatted("e.recorded_at")))
        .bind("first", firstBlock)
        .bind("last", lastBlock)
        .execute();
  }
}
