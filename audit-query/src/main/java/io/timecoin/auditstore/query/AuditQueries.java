package io.timecoin.auditstore.query;

import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.EntryType;
import io.timecoin.model.VoucherStatus;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The auditor's questions across the whole projected ledger. Every answer is read in one REPEATABLE
 * READ transaction together with the checkpoint, so it says exactly which block it is current to.
 * Lists are keyset-paged (1 to {@value #MAX_PAGE_SIZE} rows, an opaque cursor).
 *
 * <p>Each list can also be streamed whole ({@code stream...}, for exports): every row of one
 * snapshot, handed to a {@link RowSink} after the block it is current to.
 *
 * <p>Where a query has optional filters, its SQL is assembled from constant fragments only; every
 * value is a bound parameter.
 */
public final class AuditQueries {

  public static final int MAX_PAGE_SIZE = 500;

  private static final String ENTRY_COLUMNS =
      """
      entry_id, volunteer_id, sequence, leg, type, amount, balance_after, counterparty_id,
      activity_id, minutes, category, verifier, help_request_id, reversed_entry_id, memo, reason,
      request_id, tx_id, recorded_at, recorder_msp, block_number, tx_index
      """;

  private final Jdbi jdbi;

  public AuditQueries(Jdbi jdbi) {
    this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
  }

  /** Entries across all accounts, oldest first (by time, then entry id). */
  public Answer<Page<EntryRow>> entries(EntryFilter filter, String cursor, int pageSize) {
    checkPageSize(pageSize);
    Cursors.TimeAndId after = cursor == null ? null : Cursors.timeAndId(cursor);
    Map<String, Object> binds = new LinkedHashMap<>();
    StringBuilder sql = entrySql(filter, binds);
    if (after != null) {
      sql.append(" AND (recorded_at, entry_id) > (:afterTime, :afterId)");
      binds.put("afterTime", timestamp(after.time()));
      binds.put("afterId", after.id());
    }
    sql.append(" ORDER BY recorded_at, entry_id LIMIT :limit");
    binds.put("limit", pageSize + 1);
    return read(
        handle ->
            page(
                handle.createQuery(sql.toString()).bindMap(binds).map(ENTRY).list(),
                pageSize,
                last -> Cursors.ofTimeAndId(last.recordedAt(), last.entryId())));
  }

  /**
   * The entries that {@code filter} selects, without order or limit; checks the filter. Only
   * constant fragments are joined; every value goes to {@code binds}.
   */
  static StringBuilder entrySql(EntryFilter filter, Map<String, Object> binds) {
    Objects.requireNonNull(filter, "filter");
    if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
      throw new AuditQueryException("INVALID_ARGUMENT", "from must be before to");
    }
    if (filter.minUnits() != null
        && filter.maxUnits() != null
        && filter.minUnits() > filter.maxUnits()) {
      throw new AuditQueryException("INVALID_ARGUMENT", "the minimum amount is above the maximum");
    }
    StringBuilder sql = new StringBuilder("SELECT " + ENTRY_COLUMNS + " FROM entries WHERE TRUE");
    condition(sql, binds, filter.verifier(), " AND verifier = :verifier", "verifier");
    condition(sql, binds, filter.category(), " AND category = :category", "category");
    condition(
        sql,
        binds,
        filter.type() == null ? null : filter.type().name(),
        " AND type = :type",
        "type");
    condition(sql, binds, timestamp(filter.from()), " AND recorded_at >= :from", "from");
    condition(sql, binds, timestamp(filter.to()), " AND recorded_at < :to", "to");
    condition(sql, binds, filter.minUnits(), " AND abs(amount) >= :min", "min");
    condition(sql, binds, filter.maxUnits(), " AND abs(amount) <= :max", "max");
    return sql;
  }

  /** REVERSAL entries in a time range (either end optional), oldest first. */
  public Answer<Page<EntryRow>> reversals(Instant from, Instant to, String cursor, int pageSize) {
    return entries(
        new EntryFilter(null, null, EntryType.REVERSAL, from, to, null, null), cursor, pageSize);
  }

  /**
   * Coins minted per verifier per day from {@code fromDay} to {@code toDay} (both included), days
   * counted at {@code offset} (the earning policy's offset, e.g. +08:00).
   */
  public Answer<List<DailyMint>> mintedPerVerifierPerDay(
      LocalDate fromDay, LocalDate toDay, ZoneOffset offset) {
    if (toDay.isBefore(fromDay)) {
      throw new AuditQueryException("INVALID_ARGUMENT", "toDay is before fromDay");
    }
    if (offset.getTotalSeconds() % 900 != 0) {
      throw new AuditQueryException(
          "INVALID_ARGUMENT", "the offset must be a whole number of quarter hours, like +08:00");
    }
    Instant from = fromDay.atStartOfDay().toInstant(offset);
    Instant to = toDay.plusDays(1).atStartOfDay().toInstant(offset);
    return read(
        handle ->
            handle
                .createQuery(
                    """
                    SELECT ((bucket_start + make_interval(secs => :offset)) AT TIME ZONE 'UTC')::date
                             AS day,
                           verifier, sum(earnings) AS earnings, sum(minted) AS minted,
                           sum(reversed) AS reversed
                    FROM mint_buckets
                    WHERE bucket_start >= :from AND bucket_start < :to
                    GROUP BY 1, 2
                    HAVING sum(earnings) > 0
                    ORDER BY 1, 2
                    """)
                .bind("offset", offset.getTotalSeconds())
                .bind("from", timestamp(from))
                .bind("to", timestamp(to))
                .map(
                    (rs, ctx) ->
                        new DailyMint(
                            rs.getObject("day", LocalDate.class),
                            rs.getString("verifier"),
                            rs.getLong("earnings"),
                            rs.getLong("minted"),
                            rs.getLong("reversed")))
                .list());
  }

  /** Vouchers, optionally only those in {@code status} at {@code asOf}, by voucher id. */
  public Answer<Page<VoucherRow>> vouchers(
      VoucherStatus status, Instant asOf, String cursor, int pageSize) {
    checkPageSize(pageSize);
    Map<String, Object> binds = new LinkedHashMap<>();
    StringBuilder sql = voucherSql(status, asOf, binds);
    condition(
        sql,
        binds,
        cursor == null ? null : Cursors.id(cursor),
        " AND voucher_id > :after",
        "after");
    sql.append(" ORDER BY voucher_id LIMIT :limit");
    binds.put("limit", pageSize + 1);
    return read(
        handle ->
            page(
                handle.createQuery(sql.toString()).bindMap(binds).map(VOUCHER).list(),
                pageSize,
                last -> Cursors.ofId(last.voucherId())));
  }

  private static StringBuilder voucherSql(
      VoucherStatus status, Instant asOf, Map<String, Object> binds) {
    Objects.requireNonNull(asOf, "asOf");
    String statusSql =
        """
        CASE WHEN voided_at IS NOT NULL AND voided_at <= :asOf THEN 'VOIDED'
             WHEN :asOf >= coverage_end THEN 'EXPIRED'
             WHEN remaining_cover <= 0 THEN 'EXHAUSTED'
             ELSE 'ACTIVE' END
        """;
    StringBuilder sql =
        new StringBuilder(
            "SELECT * FROM (SELECT v.*, "
                + statusSql
                + " AS status FROM vouchers v) AS derived WHERE TRUE");
    binds.put("asOf", timestamp(asOf));
    condition(sql, binds, status == null ? null : status.name(), " AND status = :status", "status");
    return sql;
  }

  /** Claims, optionally by status and by decision (APPROVED includes paid claims), by claim id. */
  public Answer<Page<ClaimRow>> claims(
      ClaimStatus status, ClaimDecision decision, String cursor, int pageSize) {
    checkPageSize(pageSize);
    Map<String, Object> binds = new LinkedHashMap<>();
    StringBuilder sql = claimSql(status, decision, binds);
    condition(
        sql, binds, cursor == null ? null : Cursors.id(cursor), " AND claim_id > :after", "after");
    sql.append(" ORDER BY claim_id LIMIT :limit");
    binds.put("limit", pageSize + 1);
    return read(
        handle ->
            page(
                handle.createQuery(sql.toString()).bindMap(binds).map(CLAIM).list(),
                pageSize,
                last -> Cursors.ofId(last.claimId())));
  }

  private static StringBuilder claimSql(
      ClaimStatus status, ClaimDecision decision, Map<String, Object> binds) {
    StringBuilder sql =
        new StringBuilder(
            """
            SELECT * FROM (SELECT c.*, CASE WHEN status = 'REJECTED' THEN 'REJECTED'
                                            WHEN approved_amount IS NOT NULL THEN 'APPROVED'
                                       END AS decision
                           FROM claims c) AS derived WHERE TRUE""");
    condition(sql, binds, status == null ? null : status.name(), " AND status = :status", "status");
    condition(
        sql,
        binds,
        decision == null ? null : decision.name(),
        " AND decision = :decision",
        "decision");
    return sql;
  }

  /** One account's entries by sequence, each with its block and transaction. */
  public Answer<Page<EntryRow>> accountHistory(String volunteerId, String cursor, int pageSize) {
    Objects.requireNonNull(volunteerId, "volunteerId");
    checkPageSize(pageSize);
    long after = cursor == null ? 0 : Cursors.sequence(cursor);
    return read(
        handle ->
            page(
                handle
                    .createQuery(
                        "SELECT "
                            + ENTRY_COLUMNS
                            + """
                            FROM entries WHERE volunteer_id = :id AND sequence > :after
                            ORDER BY sequence LIMIT :limit
                            """)
                    .bind("id", volunteerId)
                    .bind("after", after)
                    .bind("limit", pageSize + 1)
                    .map(ENTRY)
                    .list(),
                pageSize,
                last -> Cursors.ofSequence(last.sequence())));
  }

  /** Whether the projection holds an account with this id (accounts are never deleted). */
  public boolean accountExists(String volunteerId) {
    Objects.requireNonNull(volunteerId, "volunteerId");
    return jdbi.withHandle(
        handle ->
            handle
                    .createQuery("SELECT count(*) FROM accounts WHERE volunteer_id = :id")
                    .bind("id", volunteerId)
                    .mapTo(Long.class)
                    .one()
                > 0);
  }

  /** What the verifier, the cross-peer check and reconciliation last recorded. */
  public Answer<Verification> verification() {
    return read(VerificationReader::read);
  }

  /** How far the projection has come: its checkpoint, when it was written, the block's time. */
  public Answer<ProjectionStatus> status() {
    return read(
        handle -> {
          var checkpoint =
              handle
                  .createQuery(
                      "SELECT block_number, projected_at FROM projection_checkpoint WHERE id = 1")
                  .map((rs, ctx) -> new Object[] {rs.getLong(1), instant(rs, "projected_at")})
                  .findOne();
          if (checkpoint.isEmpty()) {
            return new ProjectionStatus(-1, null, null);
          }
          long block = (Long) checkpoint.get()[0];
          Instant lastBlockTime =
              handle
                  .createQuery("SELECT max(tx_time) FROM transactions WHERE block_number = :block")
                  .bind("block", block)
                  .map((rs, ctx) -> instant(rs, "max"))
                  .findOne()
                  .orElse(null);
          return new ProjectionStatus(block, (Instant) checkpoint.get()[1], lastBlockTime);
        });
  }

  /** Every entry {@code filter} selects, oldest first, from one snapshot; returns the row count. */
  public long streamEntries(EntryFilter filter, RowSink<EntryRow> sink) throws IOException {
    Map<String, Object> binds = new LinkedHashMap<>();
    StringBuilder sql = entrySql(filter, binds).append(" ORDER BY recorded_at, entry_id");
    return stream(sql.toString(), binds, ENTRY, sink);
  }

  /** Every REVERSAL entry in a time range (either end optional), oldest first. */
  public long streamReversals(Instant from, Instant to, RowSink<EntryRow> sink) throws IOException {
    return streamEntries(
        new EntryFilter(null, null, EntryType.REVERSAL, from, to, null, null), sink);
  }

  /** All of one account's entries by sequence. */
  public long streamAccountHistory(String volunteerId, RowSink<EntryRow> sink) throws IOException {
    Objects.requireNonNull(volunteerId, "volunteerId");
    return stream(
        "SELECT " + ENTRY_COLUMNS + " FROM entries WHERE volunteer_id = :id ORDER BY sequence",
        Map.of("id", volunteerId),
        ENTRY,
        sink);
  }

  /** Every voucher (in {@code status} at {@code asOf}, if given), by voucher id. */
  public long streamVouchers(VoucherStatus status, Instant asOf, RowSink<VoucherRow> sink)
      throws IOException {
    Map<String, Object> binds = new LinkedHashMap<>();
    StringBuilder sql = voucherSql(status, asOf, binds).append(" ORDER BY voucher_id");
    return stream(sql.toString(), binds, VOUCHER, sink);
  }

  /** Every claim (by status and decision, if given), by claim id. */
  public long streamClaims(ClaimStatus status, ClaimDecision decision, RowSink<ClaimRow> sink)
      throws IOException {
    Map<String, Object> binds = new LinkedHashMap<>();
    StringBuilder sql = claimSql(status, decision, binds).append(" ORDER BY claim_id");
    return stream(sql.toString(), binds, CLAIM, sink);
  }

  private <T> long stream(
      String sql, Map<String, Object> binds, RowMapper<T> mapper, RowSink<T> sink)
      throws IOException {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          sink.begin(checkpoint(handle));
          long rows = 0;
          // Inside a transaction the driver fetches by this many rows instead of all at once.
          try (ResultIterator<T> result =
              handle.createQuery(sql).bindMap(binds).setFetchSize(500).map(mapper).iterator()) {
            while (result.hasNext()) {
              sink.row(result.next());
              rows++;
            }
          }
          return rows;
        });
  }

  private <T> Answer<T> read(Function<Handle, T> query) {
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> new Answer<>(query.apply(handle), checkpoint(handle)));
  }

  /** The last projected block, {@code -1} before the first. */
  private static long checkpoint(Handle handle) {
    return handle
        .createQuery("SELECT block_number FROM projection_checkpoint WHERE id = 1")
        .mapTo(Long.class)
        .findOne()
        .orElse(-1L);
  }

  private static <T> Page<T> page(List<T> rows, int pageSize, Function<T, String> cursorOf) {
    if (rows.size() <= pageSize) {
      return new Page<>(rows, null);
    }
    List<T> items = new ArrayList<>(rows.subList(0, pageSize));
    return new Page<>(items, cursorOf.apply(items.get(items.size() - 1)));
  }

  private static void condition(
      StringBuilder sql, Map<String, Object> binds, Object value, String fragment, String name) {
    if (value != null) {
      sql.append(fragment);
      binds.put(name, value);
    }
  }

  private static void checkPageSize(int pageSize) {
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new AuditQueryException(
          "INVALID_PAGE", "pageSize must be from 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
    }
  }

  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static final RowMapper<EntryRow> ENTRY =
      (rs, ctx) -> {
        int minutesValue = rs.getInt("minutes");
        Integer minutes = rs.wasNull() ? null : minutesValue;
        return new EntryRow(
            rs.getString("entry_id"),
            rs.getString("volunteer_id"),
            rs.getLong("sequence"),
            rs.getInt("leg"),
            rs.getString("type"),
            rs.getLong("amount"),
            rs.getLong("balance_after"),
            rs.getString("counterparty_id"),
            rs.getString("activity_id"),
            minutes,
            rs.getString("category"),
            rs.getString("verifier"),
            rs.getString("help_request_id"),
            rs.getString("reversed_entry_id"),
            rs.getString("memo"),
            rs.getString("reason"),
            rs.getString("request_id"),
            rs.getString("tx_id"),
            instant(rs, "recorded_at"),
            rs.getString("recorder_msp"),
            rs.getLong("block_number"),
            rs.getInt("tx_index"));
      };

  private static final RowMapper<VoucherRow> VOUCHER =
      (rs, ctx) ->
          new VoucherRow(
              rs.getString("voucher_id"),
              rs.getString("volunteer_id"),
              rs.getString("product_code"),
              rs.getLong("coins_paid"),
              rs.getLong("coverage_limit"),
              rs.getLong("remaining_cover"),
              rs.getString("currency"),
              instant(rs, "coverage_start"),
              instant(rs, "coverage_end"),
              rs.getString("status"),
              rs.getString("purchase_entry_id"),
              instant(rs, "voided_at"),
              rs.getLong("block_number"),
              rs.getString("tx_id"));

  private static final RowMapper<ClaimRow> CLAIM =
      (rs, ctx) ->
          new ClaimRow(
              rs.getString("claim_id"),
              rs.getString("voucher_id"),
              rs.getString("volunteer_id"),
              rs.getObject("incident_date", LocalDate.class),
              rs.getLong("amount_claimed"),
              rs.getString("currency"),
              rs.getString("activity_id"),
              rs.getString("status"),
              rs.getString("decision"),
              nullableLong(rs, "approved_amount"),
              rs.getString("decision_reason"),
              rs.getString("payment_reference"),
              instant(rs, "filed_at"),
              instant(rs, "decided_at"),
              instant(rs, "paid_at"),
              rs.getLong("block_number"),
              rs.getString("tx_id"));
}
