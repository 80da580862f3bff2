package io.timecoin.auditstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.auditstore.reconcile.PeerChaincodeState;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimView;
import io.timecoin.model.EntryView;
import io.timecoin.model.VoucherView;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Holds every projected row against what the auditor's peer answers, and checks the projection's
 * own shape: every block from 0 to the checkpoint present once, every account's entries 1..n.
 */
final class ProjectionMatchesLedger {

  private ProjectionMatchesLedger() {}

  static void check(Jdbi jdbi, TimeCoinLedger auditor, long expectedCheckpoint) {
    PeerChaincodeState peer = new PeerChaincodeState(auditor);
    jdbi.useHandle(
        handle -> {
          assertThat(checkpoint(handle)).isEqualTo(expectedCheckpoint);
          noGapNoDuplicate(handle, expectedCheckpoint);
          List<String> accounts =
              handle.createQuery("SELECT volunteer_id FROM accounts").mapTo(String.class).list();
          assertThat(accounts).isNotEmpty();
          for (String id : accounts) {
            AccountView onPeer = auditor.getAccount(id);
            assertThat(
                    handle
                        .createQuery(
                            """
                            SELECT status, balance, total_earned, total_spent, total_received,
                                   total_given, entry_count FROM accounts WHERE volunteer_id = :id
                            """)
                        .bind("id", id)
                        .mapToMap()
                        .one())
                .as("account %s", id)
                .containsEntry("status", onPeer.status().name())
                .containsEntry("balance", onPeer.balance().units())
                .containsEntry("total_earned", onPeer.totalEarned().units())
                .containsEntry("total_spent", onPeer.totalSpent().units())
                .containsEntry("total_received", onPeer.totalReceived().units())
                .containsEntry("total_given", onPeer.totalGiven().units())
                .containsEntry("entry_count", onPeer.entryCount());
            List<String> projected =
                handle
                    .createQuery(
                        """
                        SELECT entry_id || ' ' || sequence || ' ' || type || ' ' || amount || ' '
                               || balance_after || ' ' || coalesce(verifier, '-') || ' '
                               || coalesce(category, '-') || ' ' || tx_id
                        FROM entries WHERE volunteer_id = :id ORDER BY sequence
                        """)
                    .bind("id", id)
                    .mapTo(String.class)
                    .list();
            List<String> ledger =
                peer.entries(id, 1, onPeer.entryCount()).stream()
                    .map(ProjectionMatchesLedger::line)
                    .toList();
            assertThat(projected).as("entries of %s", id).isEqualTo(ledger);
          }
          for (String voucherId :
              handle.createQuery("SELECT voucher_id FROM vouchers").mapTo(String.class).list()) {
            VoucherView onPeer = auditor.getVoucher(voucherId);
            assertThat(
                    handle
                        .createQuery(
                            """
                            SELECT volunteer_id, coins_paid, remaining_cover,
                                   voided_at IS NOT NULL AS voided
                            FROM vouchers WHERE voucher_id = :id
                            """)
                        .bind("id", voucherId)
                        .mapToMap()
                        .one())
                .containsEntry("volunteer_id", onPeer.volunteerId())
                .containsEntry("coins_paid", onPeer.coinsPaid().units())
                .containsEntry("remaining_cover", onPeer.remainingCover().units())
                .containsEntry("voided", onPeer.voidedAt() != null);
          }
          for (String claimId :
              handle.createQuery("SELECT claim_id FROM claims").mapTo(String.class).list()) {
            ClaimView onPeer = auditor.getClaim(claimId);
            assertThat(
                    handle
                        .createQuery(
                            """
                            SELECT status, private_details_hash, approved_amount
                            FROM claims WHERE claim_id = :id
                            """)
                        .bind("id", claimId)
                        .mapToMap()
                        .one())
                .containsEntry("status", onPeer.status().name())
                .containsEntry("private_details_hash", onPeer.privateDetailsHash())
                .containsEntry(
                    "approved_amount",
                    onPeer.approvedAmount() == null ? null : onPeer.approvedAmount().units());
          }
        });
  }

  static long checkpoint(Handle handle) {
    return handle
        .createQuery("SELECT block_number FROM projection_checkpoint")
        .mapTo(Long.class)
        .findOne()
        .orElse(-1L);
  }

  /**
   * The rows cover exactly blocks 0..checkpoint: each block's transactions once, nothing beyond.
   */
  static void noGapNoDuplicate(Handle handle, long checkpoint) {
    assertThat(
            handle
                .createQuery("SELECT count(DISTINCT block_number) FROM transactions")
                .mapTo(Long.class)
                .one())
        .as("blocks with transactions")
        .isEqualTo(checkpoint + 1);
    assertThat(
            handle
                .createQuery("SELECT coalesce(max(block_number), -1) FROM transactions")
                .mapTo(Long.class)
                .one())
        .isEqualTo(checkpoint);
    assertThat(
            handle
                .createQuery("SELECT coalesce(max(block_number), -1) FROM entries")
                .mapTo(Long.class)
                .one())
        .isLessThanOrEqualTo(checkpoint);
    assertThat(
            handle
                .createQuery(
                    """
                    SELECT count(*) FROM accounts a
                    WHERE a.entry_count <> (SELECT count(*) FROM entries e
                                            WHERE e.volunteer_id = a.volunteer_id)
                       OR a.entry_count <> (SELECT coalesce(max(sequence), 0) FROM entries e
                                            WHERE e.volunteer_id = a.volunteer_id)
                    """)
                .mapTo(Long.class)
                .one())
        .as("accounts whose entries are not exactly 1..entryCount")
        .isZero();
    assertThat(
            handle
                .createQuery(
                    """
                    SELECT count(*) FROM (SELECT tx_id FROM transactions
                      WHERE validation_code = 'VALID' GROUP BY tx_id HAVING count(*) > 1) d
                    """)
                .mapTo(Long.class)
                .one())
        .as("valid transactions projected more than once")
        .isZero();
  }

  private static String line(EntryView e) {
    return String.join(
        " ",
        e.entryId(),
        Long.toString(e.sequence()),
        e.type().name(),
        Long.toString(e.amount().units()),
        Long.toString(e.balanceAfter().units()),
        e.verifier() == null ? "-" : e.verifier(),
        e.category() == null ? "-" : e.category(),
        e.txId());
  }
}
