package io.timecoin.api.audit;

import io.timecoin.api.export.EntryExport;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.Problems;
import io.timecoin.api.http.QueryParams;
import io.timecoin.auditstore.query.AuditQueries;
import io.timecoin.auditstore.query.EntryFilter;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryType;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.Identifiers;
import io.timecoin.model.UtcOffsets;
import io.timecoin.model.VoucherStatus;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters of the audit routes, checked strictly (only the route's names, each once)
 * and turned into typed values. Every refusal is a 400 with a stable code and a message that says
 * what to send instead, never the value sent.
 */
public final class AuditParams {

  /** Rows per page unless {@code pageSize} says otherwise. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** The longest span of days one daily-mint question may cover. */
  public static final int MAX_DAYS = 366;

  static final Set<String> PAGING = Set.of("cursor", "pageSize");
  static final Set<String> ENTRY_FILTERS =
      Set.of("verifier", "category", "type", "from", "to", "minAmount", "maxAmount");
  static final Set<String> TIME_RANGE = Set.of("from", "to");
  static final Set<String> DAYS = Set.of("fromDay", "toDay", "offset");
  static final Set<String> VOUCHER_FILTERS = Set.of("status", "asOf");
  static final Set<String> CLAIM_FILTERS = Set.of("status", "decision");
  static final Set<String> FORMAT = Set.of("format");

  private final QueryParams query;

  private AuditParams(QueryParams query) {
    this.query = query;
  }

  /**
   * Checks a request's parameters against the names a route takes.
   *
   * @throws ApiProblem 400 INVALID_QUERY for another name or a repeated one.
   */
  @SafeVarargs
  public static AuditParams of(Map<String, List<String>> params, Set<String>... accepted) {
    Set<String> names = new LinkedHashSet<>();
    for (Set<String> group : accepted) {
      names.addAll(group);
    }
    return new AuditParams(QueryParams.of(params, names));
  }

  /** Which entries: every filter optional; amounts are sizes of movements (absolute values). */
  public EntryFilter entryFilter() {
    String verifier = query.text("verifier");
    String category = query.text("category");
    Instant from = instant("from");
    Instant to = instant("to");
    Long min = amount("minAmount");
    Long max = amount("maxAmount");
    timeRange(from, to);
    if (min != null && max != null && min > max) {
      throw invalid("minAmount must not be above maxAmount");
    }
    return new EntryFilter(
        verifier == null ? null : Identifiers.requireVerifierId(verifier),
        category == null ? null : Identifiers.requireCategory(category),
        named("type", EntryType.class),
        from,
        to,
        min,
        max);
  }

  /** REVERSAL entries in a time range: the entry filter with only its time range. */
  public EntryFilter reversalFilter() {
    Instant from = instant("from");
    Instant to = instant("to");
    timeRange(from, to);
    return new EntryFilter(null, null, EntryType.REVERSAL, from, to, null, null);
  }

  /** {@code fromDay} and {@code toDay} (both included, required) at {@code offset}. */
  public DayRange days() {
    LocalDate fromDay = day("fromDay");
    LocalDate toDay = day("toDay");
    if (fromDay == null || toDay == null) {
      throw invalid("fromDay and toDay (days like 2026-11-30, both included) are required");
    }
    if (toDay.isBefore(fromDay)) {
      throw ApiProblem.of(ApiErrorCode.INVALID_QUERY, "toDay must not be before fromDay");
    }
    if (ChronoUnit.DAYS.between(fromDay, toDay) >= MAX_DAYS) {
      throw invalid("one question covers at most " + MAX_DAYS + " days; ask again per year");
    }
    String offset = query.text("offset");
    int seconds = offset == null ? 0 : UtcOffsets.seconds(offset);
    if (seconds % 900 != 0) {
      throw invalid("offset must be a whole number of quarter hours, like +08:00 or +05:45");
    }
    return new DayRange(fromDay, toDay, ZoneOffset.ofTotalSeconds(seconds));
  }

  /** A voucher status, or null for all. */
  public VoucherStatus voucherStatus() {
    return named("status", VoucherStatus.class);
  }

  /** The instant voucher statuses are derived at: {@code asOf}, or {@code now}. */
  public Instant asOf(Instant now) {
    Instant asOf = instant("asOf");
    return asOf == null ? now : asOf;
  }

  /** A claim status, or null for all. */
  public ClaimStatus claimStatus() {
    return named("status", ClaimStatus.class);
  }

  /** A claim decision, or null for all. */
  public ClaimDecision claimDecision() {
    return named("decision", ClaimDecision.class);
  }

  /** The cursor a previous page handed out, or null for the first page. */
  public String cursor() {
    return query.text("cursor");
  }

  /** 1 to {@value AuditQueries#MAX_PAGE_SIZE}, {@value #DEFAULT_PAGE_SIZE} if absent. */
  public int pageSize() {
    String text = query.text("pageSize");
    if (text == null) {
      return DEFAULT_PAGE_SIZE;
    }
    if (text.length() > 4 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw pageSizeRule();
    }
    int size = Integer.parseInt(text);
    if (size < 1 || size > AuditQueries.MAX_PAGE_SIZE) {
      throw pageSizeRule();
    }
    return size;
  }

  /** {@code csv} or {@code ndjson} (the default). */
  public EntryExport.Format format() {
    String text = query.text("format");
    EntryExport.Format format = EntryExport.Format.of(text == null ? "ndjson" : text);
    if (format == null) {
      throw invalid("format must be csv or ndjson");
    }
    return format;
  }

  /** A path's volunteer id, by the ledger's rule (400 INVALID_VOLUNTEER_ID otherwise). */
  public static String volunteerId(String pathValue) {
    return Identifiers.requireVolunteerId(pathValue);
  }

  private Instant instant(String name) {
    String text = query.text(name);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw invalid("'" + name + "' must be an ISO-8601 instant such as 2026-11-30T08:00:00Z");
    }
  }

  private LocalDate day(String name) {
    String text = query.text(name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw invalid("'" + name + "' must be a day written as 2026-11-30");
    }
  }

  private Long amount(String name) {
    String text = query.text(name);
    if (text == null) {
      return null;
    }
    if (!text.matches("[0-9]{1,17}(\\.[0-9]{1,2})?")) {
      throw invalid("'" + name + "' must be an amount of coins such as 12 or 12.50, without sign");
    }
    return CoinAmount.parse(text).units();
  }

  private <E extends Enum<E>> E named(String name, Class<E> type) {
    String text = query.text(name);
    if (text == null) {
      return null;
    }
    for (E value : type.getEnumConstants()) {
      if (value.name().equals(text)) {
        return value;
      }
    }
    throw invalid(
        "'"
            + name
            + "' must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }

  private static void timeRange(Instant from, Instant to) {
    if (from != null && to != null && !from.isBefore(to)) {
      throw Problems.ledger(ErrorCode.INVALID_TIME_RANGE, "from must be before to");
    }
  }

  private static ApiProblem pageSizeRule() {
    return Problems.ledger(
        ErrorCode.INVALID_PAGE,
        "pageSize must be a whole number from 1 to " + AuditQueries.MAX_PAGE_SIZE);
  }

  private static ApiProblem invalid(String detail) {
    return ApiProblem.of(ApiErrorCode.INVALID_QUERY, detail);
  }

  /**
   * Days to count minted coins over.
   *
   * @param fromDay first day, included
   * @param toDay last day, included
   * @param offset the UTC offset days are counted at
   */
  public record DayRange(LocalDate fromDay, LocalDate toDay, ZoneOffset offset) {}
}
