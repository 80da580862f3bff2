package io.timecoin.auditstore.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;

/** Reads the verification tables; constant SQL, bound values only. */
final class VerificationReader {

  private VerificationReader() {}

  static Verification read(Handle handle) {
    Verification.Progress progress =
        handle
            .createQuery(
                """
                SELECT next_block, blocks_checked, transactions_checked, signatures_checked,
                       checked_at
                FROM verification_progress WHERE id = 1
                """)
            .map(
                (rs, ctx) ->
                    new Verification.Progress(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        instant(rs, "checked_at")))
            .findOne()
            .orElse(null);
    List<Verification.BreakRow> breaks =
        handle
            .createQuery(
                """
                SELECT source, block_number, tx_index, tx_id, kind, detail, found_at
                FROM verification_breaks ORDER BY found_at DESC, break_id DESC LIMIT :limit
                """)
            .bind("limit", Verification.MAX_BREAKS)
            .map(
                (rs, ctx) ->
                    new Verification.BreakRow(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        instant(rs, "found_at")))
            .list();
    long totalBreaks =
        handle.createQuery("SELECT count(*) FROM verification_breaks").mapTo(Long.class).one();
    long peerBreaks =
        handle
            .createQuery("SELECT count(*) FROM verification_breaks WHERE source = 'peer'")
            .mapTo(Long.class)
            .one();
    List<Verification.PeerRow> peers =
        handle
            .createQuery(
                """
                SELECT msp_id, address, height, current_hash, compared_up_to, first_difference,
                       difference, checked_at
                FROM peer_checks ORDER BY msp_id, address
                """)
            .map(
                (rs, ctx) ->
                    new Verification.PeerRow(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getLong(5),
                        (Long) rs.getObject(6),
                        rs.getString(7),
                        instant(rs, "checked_at")))
            .list();
    return new Verification(
        progress, breaks, totalBreaks, peerBreaks, peers, reconciliation(handle));
  }

  private static Verification.Reconciliation reconciliation(Handle handle) {
    return handle
        .createQuery(
            """
            SELECT reconciliation_id, current_to_block, accounts_checked, entries_checked,
                   vouchers_checked, checked_at
            FROM reconciliations ORDER BY reconciliation_id DESC LIMIT 1
            """)
        .map(
            (rs, ctx) ->
                new Object[] {
                  rs.getLong(1),
                  new Verification.Reconciliation(
                      rs.getLong(2),
                      rs.getInt(3),
                      rs.getLong(4),
                      rs.getInt(5),
                      List.of(),
                      instant(rs, "checked_at"))
                })
        .findOne()
        .map(
            row -> {
              Verification.Reconciliation summary = (Verification.Reconciliation) row[1];
              List<Verification.Mismatch> mismatches =
                  handle
                      .createQuery(
                          """
                          SELECT kind, subject, first_entry_id, detail
                          FROM reconciliation_mismatches
                          WHERE reconciliation_id = :id ORDER BY position
                          """)
                      .bind("id", (Long) row[0])
                      .map(
                          (rs, ctx) ->
                              new Verification.Mismatch(
                                  rs.getString(1),
                                  rs.getString(2),
                                  rs.getString(3),
                                  rs.getString(4)))
                      .list();
              return new Verification.Reconciliation(
                  summary.currentToBlock(),
                  summary.accounts(),
                  summary.entries(),
                  summary.vouchers(),
                  mismatches,
                  summary.checkedAt());
            })
        .orElse(null);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp at = rs.getTimestamp(column);
    return at == null ? null : at.toInstant();
  }
}
