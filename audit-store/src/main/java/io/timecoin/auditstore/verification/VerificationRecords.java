package io.timecoin.auditstore.verification;

import io.timecoin.audit.Break;
import io.timecoin.audit.VerificationSummary;
import io.timecoin.audit.peer.PeerComparison;
import io.timecoin.auditstore.reconcile.Difference;
import io.timecoin.auditstore.reconcile.ReconcileReport;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes what the checks found into the verification tables. A break is recorded once per source,
 * block, transaction and kind, so verifying the same blocks again adds nothing.
 */
public final class VerificationRecords {

  /** The source name of breaks found on the auditor's own peer's chain. */
  public static final String PEER = "peer";

  private final Jdbi jdbi;

  public VerificationRecords(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Blocks 0 .. nextBlock - 1 are verified; the verifier's counts; its checkpoint JSON or null. */
  public void progress(
      long nextBlock, VerificationSummary summary, String checkpointJson, Instant at) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    """
                    INSERT INTO verification_progress (id, next_block, blocks_checked,
                        transactions_checked, signatures_checked, checkpoint, checked_at)
                    VALUES (1, :next, :blocks, :transactions, :signatures, :checkpoint, :at)
                    ON CONFLICT (id) DO UPDATE SET next_block = excluded.next_block,
                        blocks_checked = excluded.blocks_checked,
                        transactions_checked = excluded.transactions_checked,
                        signatures_checked = excluded.signatures_checked,
                        checkpoint = coalesce(excluded.checkpoint, verification_progress.checkpoint),
                        checked_at = excluded.checked_at
                    """)
                .bind("next", nextBlock)
                .bind("blocks", summary.blocks())
                .bind("transactions", summary.transactions())
                .bind("signatures", summary.signatures())
                .bind("checkpoint", checkpointJson)
                .bind("at", Timestamp.from(at))
                .execute());
  }

  /** The checkpoint JSON the verifier last recorded, if any. */
  public String checkpoint() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT checkpoint FROM verification_progress WHERE id = 1")
                .mapTo(String.class)
                .findOne()
                .orElse(null));
  }

  /** Records breaks found in {@code source}; returns how many were new. */
  public int breaks(String source, List<Break> breaks, Instant at) {
    if (breaks.isEmpty()) {
      return 0;
    }
    return jdbi.inTransaction(
        handle -> {
          int added = 0;
          for (Break found : breaks) {
            added +=
                handle
                    .createUpdate(
                        """
                        INSERT INTO verification_breaks (source, block_number, tx_index, tx_id,
                            kind, detail, found_at)
                        VALUES (:source, :block, :tx, :txId, :kind, :detail, :at)
                        ON CONFLICT (source, block_number, tx_index, kind) DO NOTHING
                        """)
                    .bind("source", source)
                    .bind("block", found.blockNumber())
                    .bind("tx", found.transactionIndex())
                    .bind("txId", found.transactionId())
                    .bind("kind", found.kind().name())
                    .bind("detail", found.detail())
                    .bind("at", Timestamp.from(at))
                    .execute();
          }
          return added;
        });
  }

  /** Replaces the peers' rows with this check's. */
  public void peers(PeerComparison comparison, Instant at) {
    Long first =
        comparison.firstDifference().map(PeerComparison.Difference::blockNumber).orElse(null);
    String detail =
        comparison.firstDifference().map(PeerComparison.Difference::detail).orElse(null);
    jdbi.useTransaction(
        handle -> {
          handle.createUpdate("DELETE FROM peer_checks").execute();
          for (PeerComparison.PeerHeight peer : comparison.peers()) {
            handle
                .createUpdate(
                    """
                    INSERT INTO peer_checks (address, msp_id, height, current_hash,
                        compared_up_to, first_difference, difference, checked_at)
                    VALUES (:address, :msp, :height, :hash, :upTo, :first, :detail, :at)
                    """)
                .bind("address", peer.address())
                .bind("msp", peer.mspId())
                .bind("height", peer.height())
                .bind("hash", peer.currentBlockHash())
                .bind("upTo", comparison.comparedUpTo())
                .bind("first", first)
                .bind("detail", detail)
                .bind("at", Timestamp.from(at))
                .execute();
          }
        });
  }

  /** Adds a reconciliation and its differences. */
  public void reconciliation(ReconcileReport report, Instant at) {
    jdbi.useTransaction(
        handle -> {
          long id =
              handle
                  .createUpdate(
                      """
                      INSERT INTO reconciliations (current_to_block, accounts_checked,
                          entries_checked, vouchers_checked, mismatches, checked_at)
                      VALUES (:block, :accounts, :entries, :vouchers, :mismatches, :at)
                      """)
                  .bind("block", report.currentToBlock())
                  .bind("accounts", report.accounts())
                  .bind("entries", report.entries())
                  .bind("vouchers", report.vouchers())
                  .bind("mismatches", report.differences().size())
                  .bind("at", Timestamp.from(at))
                  .executeAndReturnGeneratedKeys("reconciliation_id")
                  .mapTo(Long.class)
                  .one();
          int position = 0;
          for (Difference difference : report.differences()) {
            handle
                .createUpdate(
                    """
                    INSERT INTO reconciliation_mismatches (reconciliation_id, position, kind,
                        subject, first_entry_id, detail)
                    VALUES (:id, :position, :kind, :subject, :firstEntry, :detail)
                    """)
                .bind("id", id)
                .bind("position", position++)
                .bind("kind", difference.kind())
                .bind("subject", difference.subject())
                .bind("firstEntry", difference.firstEntryId())
                .bind("detail", difference.detail())
                .execute();
          }
        });
  }
}
