package io.timecoin.auditstore.projection;

import io.timecoin.auditstore.block.LedgerTransaction;
import io.timecoin.model.DonationView;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.HeartsEntryView;
import io.timecoin.model.HeartsPolicyView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ProjectView;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

/**
 * The rows of hearts, projects and donations ({@code V6__hearts.sql}), written through the {@link
 * RowWriter}'s batches. Hearts accounts and projects change, so they are upserted; entries, policy
 * versions and donation rows are never rewritten by the ledger, so they are inserted.
 */
final class HeartsRows {

  /** Hearts key types that are markers or cursors over the rows below: nothing to add. */
  static final Set<String> DERIVED =
      Set.of(
          "heartsactivity",
          "heartspolicycurrent",
          "donationcoins",
          "projectdonor",
          "progress",
          "projectreturn");

  /** Donation rows have simple keys, {@code donation|<project>|<second>|<txId>}. */
  static final String DONATION_KEY_PREFIX = "donation|";

  private final RowWriter writer;

  HeartsRows(RowWriter writer) {
    this.writer = writer;
  }

  /** Writes the row of a hearts key type; false if the type is not one of them. */
  boolean write(String type, byte[] value, long block, LedgerTransaction tx) {
    switch (type) {
      case "hearts" -> account(LedgerJson.read(value, HeartsAccountView.class), block, tx);
      case "heartsentry" -> entry(LedgerJson.read(value, HeartsEntryView.class), block, tx);
      case "heartspolicy" -> policy(LedgerJson.read(value, HeartsPolicyView.class), block, tx);
      case "project" -> project(LedgerJson.read(value, ProjectView.class), block, tx);
      default -> {
        return false;
      }
    }
    return true;
  }

  void donation(byte[] value, long block, LedgerTransaction tx) {
    DonationView d = LedgerJson.read(value, DonationView.class);
    writer
        .batch(
            """
            INSERT INTO donations (tx_id, project_id, volunteer_id, hearts, first_for_donor,
              hearts_entry_id, request_id, recorded_at, block_number, tx_index)
            VALUES (:tx, :project, :volunteer, :hearts, :first, :entry, :request, :at, :block,
              :txIndex)
            """)
        .bind("tx", d.txId())
        .bind("project", d.projectId())
        .bind("volunteer", d.volunteerId())
        .bind("hearts", d.hearts())
        .bind("first", d.firstForDonor())
        .bind("entry", d.heartsEntryId())
        .bind("request", d.requestId())
        .bind("at", time(d.recordedAt()))
        .bind("block", block)
        .bind("txIndex", tx.index())
        .add();
  }

  private void account(HeartsAccountView a, long block, LedgerTransaction tx) {
    writer
        .batch(
            """
            INSERT INTO hearts_accounts (volunteer_id, balance, total_earned, total_donated,
              total_returned, entry_count, block_number, tx_id)
            VALUES (:id, :balance, :earned, :donated, :returned, :count, :block, :tx)
            ON CONFLICT (volunteer_id) DO UPDATE SET balance = excluded.balance,
              total_earned = excluded.total_earned, total_donated = excluded.total_donated,
              total_returned = excluded.total_returned, entry_count = excluded.entry_count,
              block_number = excluded.block_number, tx_id = excluded.tx_id
            """)
        .bind("id", a.volunteerId())
        .bind("balance", a.balance())
        .bind("earned", a.totalEarned())
        .bind("donated", a.totalDonated())
        .bind("returned", a.totalReturned())
        .bind("count", a.entryCount())
        .bind("block", block)
        .bind("tx", tx.txId())
        .add();
  }

  private void entry(HeartsEntryView e, long block, LedgerTransaction tx) {
    writer
        .batch(
            """
            INSERT INTO hearts_entries (entry_id, volunteer_id, sequence, type, amount,
              balance_after, activity_id, verifier, project_id, donation_tx_id, request_id, tx_id,
              recorded_at, block_number, tx_index)
            VALUES (:entryId, :volunteerId, :sequence, :type, :amount, :balanceAfter, :activityId,
              :verifier, :projectId, :donationTxId, :requestId, :txId, :recordedAt, :block,
              :txIndex)
            """)
        .bind("entryId", e.entryId())
        .bind("volunteerId", e.volunteerId())
        .bind("sequence", e.sequence())
        .bind("type", e.type().name())
        .bind("amount", e.amount())
        .bind("balanceAfter", e.balanceAfter())
        .bind("activityId", e.activityId())
        .bind("verifier", e.verifier())
        .bind("projectId", e.projectId())
        .bind("donationTxId", e.donationTxId())
        .bind("requestId", e.requestId())
        .bind("txId", e.txId())
        .bind("recordedAt", time(e.recordedAt()))
        .bind("block", block)
        .bind("txIndex", tx.index())
        .add();
  }

  private void policy(HeartsPolicyView p, long block, LedgerTransaction tx) {
    writer
        .batch(
            """
            INSERT INTO hearts_policy_versions (version, policy, block_number, tx_id)
            VALUES (:version, CAST(:policy AS jsonb), :block, :tx)
            """)
        .bind("version", p.version())
        .bind("policy", LedgerJson.write(p))
        .bind("block", block)
        .bind("tx", tx.txId())
        .add();
  }

  private void project(ProjectView p, long block, LedgerTransaction tx) {
    writer
        .batch(
            """
            INSERT INTO projects (project_id, status, target_hearts, deadline, sponsor_id,
              currency, pledge, raised_hearts, donations, donors, matched_amount, closed_at,
              block_number, tx_id)
            VALUES (:id, :status, :target, :deadline, :sponsor, :currency, :pledge, :raised,
              :donations, :donors, :matched, :closedAt, :block, :tx)
            ON CONFLICT (project_id) DO UPDATE SET status = excluded.status,
              raised_hearts = excluded.raised_hearts, donations = excluded.donations,
              donors = excluded.donors, matched_amount = excluded.matched_amount,
              closed_at = excluded.closed_at, block_number = excluded.block_number,
              tx_id = excluded.tx_id
            """)
        .bind("id", p.projectId())
        .bind("status", p.status().name())
        .bind("target", p.targetHearts())
        .bind("deadline", time(p.deadline()))
        .bind("sponsor", p.sponsorId())
        .bind("currency", p.currency())
        .bind("pledge", p.pledge().units())
        .bind("raised", p.raisedHearts())
        .bind("donations", p.donations())
        .bind("donors", p.donors())
        .bind("matched", units(p.matchedAmount()))
        .bind("closedAt", time(p.closedAt()))
        .bind("block", block)
        .bind("tx", tx.txId())
        .add();
  }

  private static Long units(MoneyAmount amount) {
    return amount == null ? null : amount.units();
  }

  private static Timestamp time(String iso) {
    return iso == null ? null : Timestamp.from(Instant.parse(iso));
  }
}
