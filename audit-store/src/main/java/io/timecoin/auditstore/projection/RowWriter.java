package io.timecoin.auditstore.projection;

import io.timecoin.auditstore.block.LedgerTransaction;
import io.timecoin.auditstore.block.StateWrite;
import io.timecoin.model.AccountView;
import io.timecoin.model.ClaimView;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.EntryView;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.VoucherProductView;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Turns the state writes of one VALID timecoin transaction into rows, inside the caller's SQL
 * transaction. Objects that change (accounts, products, vouchers, claims) are upserted; what the
 * ledger never rewrites (entries, policy versions, requests) is inserted, so projecting a
 * transaction twice fails instead of counting it twice.
 */
final class RowWriter {

  /** Key types that are indexes or markers over the projected objects: nothing to add. */
  private static final Set<String> DERIVED =
      Set.of(
          "entryid",
          "activity",
          "policycurrent",
          "reversal",
          "statuschange",
          "voucherof",
          "voucherheld",
          "claimopen",
          "claimstatus",
          "insurerseal");

  private final Handle handle;
  private final HeartsRows hearts = new HeartsRows(this);
  // One JDBC batch per statement, sent at flush() (when a few thousand rows are waiting, and at
  // the end of the batch): a few round trips per flush, not one per row or per block. Rows of one
  // table keep their order, so an object's last write wins.
  private final Map<String, PreparedBatch> batches = new LinkedHashMap<>();

  RowWriter(Handle handle) {
    this.handle = handle;
  }

  /** Sends every row written so far; call before the checkpoint, in the same transaction. */
  void flush() {
    for (PreparedBatch batch : batches.values()) {
      if (batch.size() > 0) {
        batch.execute();
      }
    }
    batches.clear();
  }

  /** Rows written since the last flush. */
  int pending() {
    int rows = 0;
    for (PreparedBatch batch : batches.values()) {
      rows += batch.size();
    }
    return rows;
  }

  PreparedBatch batch(String sql) {
    return batches.computeIfAbsent(sql, handle::prepareBatch);
  }

  void write(long blockNumber, LedgerTransaction tx) {
    for (StateWrite write : tx.writes()) {
      if (write.key().startsWith(HeartsRows.DONATION_KEY_PREFIX) && !write.delete()) {
        hearts.donation(write.value(), blockNumber, tx);
        continue;
      }
      StateKey key = StateKey.parse(write.key()).orElse(null);
      if (key == null || DERIVED.contains(key.type()) || HeartsRows.DERIVED.contains(key.type())) {
        continue; // the other simple keys are the entry time index
      }
      if (write.delete()) {
        throw new ProjectionException(
            "block "
                + blockNumber
                + " transaction "
                + tx.txId()
                + " deletes a '"
                + key.type()
                + "' key, which the chaincode never does");
      }
      byte[] value = write.value();
      switch (key.type()) {
        case "account" ->
            account(LedgerJson.read(value, StoredAccount.class).view(), blockNumber, tx);
        case "entry" -> entry(LedgerJson.read(value, EntryView.class), blockNumber, tx);
        case "policy" -> policy(LedgerJson.read(value, EarningPolicyView.class), blockNumber);
        case "product" ->
            product(LedgerJson.read(value, VoucherProductView.class), blockNumber, tx);
        case "voucher" -> voucher(LedgerJson.read(value, StoredVoucher.class), blockNumber, tx);
        case "claim" -> claim(LedgerJson.read(value, ClaimView.class), blockNumber, tx);
        case "request" ->
            request(LedgerJson.read(value, StoredRequest.class), requestOrg(key), blockNumber);
        default -> {
          if (!hearts.write(key.type(), value, blockNumber, tx)) {
            throw unknownKey(blockNumber, tx, key);
          }
        }
      }
    }
  }

  private static ProjectionException unknownKey(
      long blockNumber, LedgerTransaction tx, StateKey key) {
    return new ProjectionException(
        "block "
            + blockNumber
            + " transaction "
            + tx.txId()
            + " writes a '"
            + key.type()
            + "' key, unknown to this projection: upgrade audit-store with the chaincode");
  }

  private void account(AccountView a, long block, LedgerTransaction tx) {
    batch(
            """
            INSERT INTO accounts (volunteer_id, status, balance, total_earned, total_spent,
              total_received, total_given, entry_count, created_at, block_number, tx_id)
            VALUES (:id, :status, :balance, :earned, :spent, :received, :given, :count,
              :createdAt, :block, :tx)
            ON CONFLICT (volunteer_id) DO UPDATE SET status = excluded.status,
              balance = excluded.balance, total_earned = excluded.total_earned,
              total_spent = excluded.total_spent, total_received = excluded.total_received,
              total_given = excluded.total_given, entry_count = excluded.entry_count,
              block_number = excluded.block_number, tx_id = excluded.tx_id
            """)
        .bind("id", a.volunteerId())
        .bind("status", a.status().name())
        .bind("balance", a.balance().units())
        .bind("earned", a.totalEarned().units())
        .bind("spent", a.totalSpent().units())
        .bind("received", a.totalReceived().units())
        .bind("given", a.totalGiven().units())
        .bind("count", a.entryCount())
        .bind("createdAt", time(a.createdAt()))
        .bind("block", block)
        .bind("tx", tx.txId())
        .add();
  }

  private void entry(EntryView e, long block, LedgerTransaction tx) {
    batch(
            """
            INSERT INTO entries (entry_id, volunteer_id, sequence, leg, type, amount, balance_after,
              counterparty_id, activity_id, minutes, category, evidence_hash, verifier,
              help_request_id, reversed_entry_id, memo, reason, request_id, tx_id, recorded_at,
              recorder_msp, recorder_cert_id, block_number, tx_index)
            VALUES (:entryId, :volunteerId, :sequence, :leg, :type, :amount, :balanceAfter,
              :counterpartyId, :activityId, :minutes, :category, :evidenceHash, :verifier,
              :helpRequestId, :reversedEntryId, :memo, :reason, :requestId, :txId, :recordedAt,
              :recorderMsp, :recorderCertId, :block, :txIndex)
            """)
        .bind("entryId", e.entryId())
        .bind("volunteerId", e.volunteerId())
        .bind("sequence", e.sequence())
        .bind("leg", e.leg())
        .bind("type", e.type().name())
        .bind("amount", e.amount().units())
        .bind("balanceAfter", e.balanceAfter().units())
        .bind("counterpartyId", e.counterpartyId())
        .bind("activityId", e.activityId())
        .bind("minutes", e.minutes())
        .bind("category", e.category())
        .bind("evidenceHash", e.evidenceHash())
        .bind("verifier", e.verifier())
        .bind("helpRequestId", e.helpRequestId())
        .bind("reversedEntryId", e.reversedEntryId())
        .bind("memo", e.memo())
        .bind("reason", e.reason())
        .bind("requestId", e.requestId())
        .bind("txId", e.txId())
        .bind("recordedAt", time(e.recordedAt()))
        .bind("recorderMsp", e.recordedBy().mspId())
        .bind("recorderCertId", e.recordedBy().certificateId())
        .bind("block", block)
        .bind("txIndex", tx.index())
        .add();
  }

  private void policy(EarningPolicyView p, long block) {
    batch(
            """
            INSERT INTO policy_versions (version, max_coins_per_activity, daily_cap_coins,
              utc_offset, set_at, set_by_msp, set_by_cert_id, tx_id, block_number)
            VALUES (:version, :max, :cap, :offset, :setAt, :msp, :cert, :tx, :block)
            """)
        .bind("version", p.version())
        .bind("max", p.maxCoinsPerActivity().units())
        .bind("cap", p.dailyCapCoins().units())
        .bind("offset", p.utcOffset())
        .bind("setAt", time(p.setAt()))
        .bind("msp", p.setBy().mspId())
        .bind("cert", p.setBy().certificateId())
        .bind("tx", p.txId())
        .bind("block", block)
        .add();
  }

  private void product(VoucherProductView p, long block, LedgerTransaction tx) {
    batch(
            """
            INSERT INTO products (code, price_coins, coverage_days, coverage_limit, currency,
              active, defined_at, updated_at, block_number, tx_id)
            VALUES (:code, :price, :days, :limit, :currency, :active, :definedAt, :updatedAt,
              :block, :tx)
            ON CONFLICT (code) DO UPDATE SET price_coins = excluded.price_coins,
              coverage_days = excluded.coverage_days, coverage_limit = excluded.coverage_limit,
              currency = excluded.currency, active = excluded.active,
              updated_at = excluded.updated_at, block_number = excluded.block_number,
              tx_id = excluded.tx_id
            """)
        .bind("code", p.code())
        .bind("price", p.priceCoins().units())
        .bind("days", p.coverageDays())
        .bind("limit", p.coverageLimit().units())
        .bind("currency", p.currency())
        .bind("active", p.active())
        .bind("definedAt", time(p.definedAt()))
        .bind("updatedAt", time(p.updatedAt()))
        .bind("block", block)
        .bind("tx", tx.txId())
        .add();
  }

  private void voucher(StoredVoucher v, long block, LedgerTransaction tx) {
    batch(
            """
            INSERT INTO vouchers (voucher_id, volunteer_id, product_code, coins_paid,
              coverage_limit, remaining_cover, currency, coverage_start, coverage_end,
              purchase_entry_id, voided_at, void_reason, block_number, tx_id)
            VALUES (:id, :volunteerId, :product, :paid, :limit, :remaining, :currency, :start,
              :end, :entryId, :voidedAt, :voidReason, :block, :tx)
            ON CONFLICT (voucher_id) DO UPDATE SET remaining_cover = excluded.remaining_cover,
              voided_at = excluded.voided_at, void_reason = excluded.void_reason,
              block_number = excluded.block_number, tx_id = excluded.tx_id
            """)
        .bind("id", v.voucherId())
        .bind("volunteerId", v.volunteerId())
        .bind("product", v.productCode())
        .bind("paid", v.coinsPaid().units())
        .bind("limit", v.coverageLimit().units())
        .bind("remaining", v.remainingCover().units())
        .bind("currency", v.currency())
        .bind("start", time(v.coverageStart()))
        .bind("end", time(v.coverageEnd()))
        .bind("entryId", v.purchaseEntryId())
        .bind("voidedAt", time(v.voidedAt()))
        .bind("voidReason", v.voidReason())
        .bind("block", block)
        .bind("tx", tx.txId())
        .add();
  }

  private void claim(ClaimView c, long block, LedgerTransaction tx) {
    batch(
            """
            INSERT INTO claims (claim_id, voucher_id, volunteer_id, incident_date, amount_claimed,
              currency, activity_id, evidence_hash, private_details_hash, status, approved_amount,
              decision_reason, payment_reference, filed_at, decided_at, paid_at, block_number,
              tx_id)
            VALUES (:id, :voucherId, :volunteerId, :incident, :claimed, :currency, :activityId,
              :evidence, :privateHash, :status, :approved, :reason, :payment, :filedAt,
              :decidedAt, :paidAt, :block, :tx)
            ON CONFLICT (claim_id) DO UPDATE SET status = excluded.status,
              approved_amount = excluded.approved_amount,
              decision_reason = excluded.decision_reason,
              payment_reference = excluded.payment_reference, decided_at = excluded.decided_at,
              paid_at = excluded.paid_at, block_number = excluded.block_number,
              tx_id = excluded.tx_id
            """)
        .bind("id", c.claimId())
        .bind("voucherId", c.voucherId())
        .bind("volunteerId", c.volunteerId())
        .bind("incident", incidentDay(c.incidentDate()))
        .bind("claimed", c.amountClaimed().units())
        .bind("currency", c.currency())
        .bind("activityId", c.activityId())
        .bind("evidence", c.evidenceHash())
        .bind("privateHash", c.privateDetailsHash())
        .bind("status", c.status().name())
        .bind("approved", c.approvedAmount() == null ? null : c.approvedAmount().units())
        .bind("reason", c.decisionReason())
        .bind("payment", c.paymentReference())
        .bind("filedAt", time(c.filedAt()))
        .bind("decidedAt", time(c.decidedAt()))
        .bind("paidAt", time(c.paidAt()))
        .bind("block", block)
        .bind("tx", tx.txId())
        .add();
  }

  /**
   * The writing org of {@code request [mspId, requestId]}; empty for the older {@code [requestId]}.
   */
  private static String requestOrg(StateKey key) {
    return key.attributes().size() == 2 ? key.attributes().get(0) : "";
  }

  private void request(StoredRequest r, String org, long block) {
    batch(
            """
            INSERT INTO requests (org_msp, request_id, function, request_hash, result, tx_id,
              recorded_at, block_number)
            VALUES (:org, :id, :function, :hash, :result, :tx, :recordedAt, :block)
            """)
        .bind("org", org)
        .bind("id", r.requestId())
        .bind("function", r.function())
        .bind("hash", r.requestHash())
        .bind("result", r.result())
        .bind("tx", r.txId())
        .bind("recordedAt", time(r.recordedAt()))
        .bind("block", block)
        .add();
  }

  private static Timestamp time(String iso) {
    return iso == null ? null : Timestamp.from(Instant.parse(iso));
  }

  /**
   * The incident's day in the zone the chaincode reads dates in: a date alone is that day, a
   * date-time with an offset (the chaincode's precise form) is the day its instant falls on there.
   */
  private static LocalDate incidentDay(String incident) {
    Instant from = InsuranceFields.requireIncident(incident, "incidentDate").from();
    return LocalDate.ofInstant(from, ZoneOffset.of(InsuranceFields.INCIDENT_DATE_OFFSET));
  }
}
