package io.timecoin.api.audit;

import io.timecoin.auditstore.query.ClaimRow;
import io.timecoin.auditstore.query.DailyMint;
import io.timecoin.auditstore.query.EntryRow;
import io.timecoin.auditstore.query.VoucherRow;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.SignedCoinAmount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rows of the audit answers as named fields, in one order for JSON items, NDJSON lines and CSV
 * columns alike. Amounts are decimal strings as everywhere in the API ({@code "-0.10"}), never
 * floating point; times are ISO-8601 instants in UTC.
 *
 * @param columns the field names, in order (the CSV header)
 * @param fields a row's values by name; null values are left out of JSON and empty in CSV
 */
public record AuditRows<T>(List<String> columns, Function<T, Map<String, Object>> fields) {

  /** An entry with the block and transaction that wrote it. */
  public static final AuditRows<EntryRow> ENTRIES =
      new AuditRows<>(
          List.of(
              "entryId",
              "volunteerId",
              "sequence",
              "leg",
              "type",
              "amount",
              "balanceAfter",
              "counterpartyId",
              "activityId",
              "minutes",
              "category",
              "verifier",
              "helpRequestId",
              "reversedEntryId",
              "memo",
              "reason",
              "requestId",
              "txId",
              "recordedAt",
              "recorderMsp",
              "blockNumber",
              "txIndex"),
          e ->
              fields(
                  "entryId", e.entryId(),
                  "volunteerId", e.volunteerId(),
                  "sequence", e.sequence(),
                  "leg", e.leg(),
                  "type", e.type(),
                  "amount", new SignedCoinAmount(e.amountUnits()).toString(),
                  "balanceAfter", new SignedCoinAmount(e.balanceAfterUnits()).toString(),
                  "counterpartyId", e.counterpartyId(),
                  "activityId", e.activityId(),
                  "minutes", e.minutes(),
                  "category", e.category(),
                  "verifier", e.verifier(),
                  "helpRequestId", e.helpRequestId(),
                  "reversedEntryId", e.reversedEntryId(),
                  "memo", e.memo(),
                  "reason", e.reason(),
                  "requestId", e.requestId(),
                  "txId", e.txId(),
                  "recordedAt", text(e.recordedAt()),
                  "recorderMsp", e.recorderMsp(),
                  "blockNumber", e.blockNumber(),
                  "txIndex", e.txIndex()));

  /** Coins minted by one verifier (organiser or branch) on one day. */
  public static final AuditRows<DailyMint> DAILY_MINT =
      new AuditRows<>(
          List.of("day", "verifier", "earnings", "minted", "reversed"),
          m ->
              fields(
                  "day", text(m.day()),
                  "verifier", m.verifier(),
                  "earnings", m.earnings(),
                  "minted", CoinAmount.ofUnits(m.mintedUnits()).toString(),
                  "reversed", CoinAmount.ofUnits(m.reversedUnits()).toString()));

  /** A voucher with its status at the time asked for. */
  public static final AuditRows<VoucherRow> VOUCHERS =
      new AuditRows<>(
          List.of(
              "voucherId",
              "volunteerId",
              "productCode",
              "coinsPaid",
              "coverageLimit",
              "remainingCover",
              "currency",
              "coverageStart",
              "coverageEnd",
              "status",
              "purchaseEntryId",
              "voidedAt",
              "blockNumber",
              "txId"),
          v ->
              fields(
                  "voucherId", v.voucherId(),
                  "volunteerId", v.volunteerId(),
                  "productCode", v.productCode(),
                  "coinsPaid", CoinAmount.ofUnits(v.coinsPaidUnits()).toString(),
                  "coverageLimit", MoneyAmount.ofUnits(v.coverageLimitUnits()).toString(),
                  "remainingCover", MoneyAmount.ofUnits(v.remainingCoverUnits()).toString(),
                  "currency", v.currency(),
                  "coverageStart", text(v.coverageStart()),
                  "coverageEnd", text(v.coverageEnd()),
                  "status", v.status(),
                  "purchaseEntryId", v.purchaseEntryId(),
                  "voidedAt", text(v.voidedAt()),
                  "blockNumber", v.blockNumber(),
                  "txId", v.txId()));

  /** The public part of a claim (the private details never reach the auditor). */
  public static final AuditRows<ClaimRow> CLAIMS =
      new AuditRows<>(
          List.of(
              "claimId",
              "voucherId",
              "volunteerId",
              "incidentDate",
              "amountClaimed",
              "currency",
              "activityId",
              "status",
              "decision",
              "approvedAmount",
              "decisionReason",
              "paymentReference",
              "filedAt",
              "decidedAt",
              "paidAt",
              "blockNumber",
              "txId"),
          c ->
              fields(
                  "claimId", c.claimId(),
                  "voucherId", c.voucherId(),
                  "volunteerId", c.volunteerId(),
                  "incidentDate", text(c.incidentDate()),
                  "amountClaimed", MoneyAmount.ofUnits(c.amountClaimedUnits()).toString(),
                  "currency", c.currency(),
                  "activityId", c.activityId(),
                  "status", c.status(),
                  "decision", c.decision(),
                  "approvedAmount",
                      c.approvedAmountUnits() == null
                          ? null
                          : MoneyAmount.ofUnits(c.approvedAmountUnits()).toString(),
                  "decisionReason", c.decisionReason(),
                  "paymentReference", c.paymentReference(),
                  "filedAt", text(c.filedAt()),
                  "decidedAt", text(c.decidedAt()),
                  "paidAt", text(c.paidAt()),
                  "blockNumber", c.blockNumber(),
                  "txId", c.txId()));

  /** The row's fields without the null ones: what a JSON item or NDJSON line holds. */
  public Map<String, Object> json(T row) {
    Map<String, Object> all = fields.apply(row);
    Map<String, Object> present = new LinkedHashMap<>();
    all.forEach(
        (name, value) -> {
          if (value != null) {
            present.put(name, value);
          }
        });
    return present;
  }

  private static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static String text(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
