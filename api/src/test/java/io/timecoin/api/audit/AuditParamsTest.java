package io.timecoin.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.api.export.EntryExport;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.Problems;
import io.timecoin.auditstore.query.EntryFilter;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.EntryType;
import io.timecoin.model.VoucherStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditParamsTest {

  @Test
  void an_entry_filter_with_every_field() {
    EntryFilter filter =
        entries(
                "verifier", "branch-7",
                "category", "environment",
                "type", "EARN",
                "from", "2026-11-01T00:00:00Z",
                "to", "2026-12-01T00:00:00+08:00",
                "minAmount", "0.5",
                "maxAmount", "12.25")
            .entryFilter();

    assertThat(filter)
        .isEqualTo(
            new EntryFilter(
                "branch-7",
                "environment",
                EntryType.EARN,
                Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-11-30T16:00:00Z"),
                50L,
                1225L));
  }

  @Test
  void every_entry_filter_is_optional_and_paging_has_defaults() {
    AuditParams params = entries();
    assertThat(params.entryFilter()).isEqualTo(EntryFilter.all());
    assertThat(params.pageSize()).isEqualTo(AuditParams.DEFAULT_PAGE_SIZE);
    assertThat(params.cursor()).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "from, yesterday, INVALID_QUERY",
    "from, 2026-11-01, INVALID_QUERY",
    "to, 2026-13-01T00:00:00Z, INVALID_QUERY",
    "minAmount, -1, INVALID_QUERY",
    "minAmount, 1.234, INVALID_QUERY",
    "maxAmount, 1e3, INVALID_QUERY",
    "type, earn, INVALID_QUERY",
    "type, MINT, INVALID_QUERY",
    "verifier, branch 7, INVALID_ARGUMENT",
    "category, Environment, INVALID_ARGUMENT",
  })
  void a_bad_entry_filter_is_a_400_with_a_stable_code(String name, String value, String code) {
    assertProblem(() -> entries(name, value).entryFilter(), 400, code);
  }

  @Test
  void a_time_range_must_run_forward_and_amounts_must_be_ordered() {
    assertProblem(
        () -> entries("from", "2026-11-02T00:00:00Z", "to", "2026-11-02T00:00:00Z").entryFilter(),
        400,
        "INVALID_TIME_RANGE");
    assertProblem(
        () -> entries("minAmount", "3", "maxAmount", "2.99").entryFilter(), 400, "INVALID_QUERY");
    assertProblem(
        () ->
            params(
                    Set.of("from", "to"),
                    "from",
                    "2026-11-03T00:00:00Z",
                    "to",
                    "2026-11-02T00:00:00Z")
                .reversalFilter(),
        400,
        "INVALID_TIME_RANGE");
  }

  @ParameterizedTest
  @CsvSource({"0", "501", "-1", "ten", "99999", "1.5"})
  void a_page_size_outside_1_to_500_is_invalid_page(String size) {
    assertProblem(() -> entries("pageSize", size).pageSize(), 400, "INVALID_PAGE");
  }

  @Test
  void unknown_and_repeated_parameters_are_refused_before_anything_else() {
    assertProblem(() -> entries("volunteerId", "vol-1"), 400, "INVALID_QUERY");
    Map<String, List<String>> twice = Map.of("verifier", List.of("a", "b"));
    assertProblem(() -> AuditParams.of(twice, AuditParams.ENTRY_FILTERS), 400, "INVALID_QUERY");
  }

  @Test
  void days_are_required_ordered_bounded_and_counted_at_a_quarter_hour_offset() {
    AuditParams.DayRange days =
        params(AuditParams.DAYS, "fromDay", "2026-11-01", "toDay", "2026-11-30", "offset", "+05:45")
            .days();
    assertThat(days)
        .isEqualTo(
            new AuditParams.DayRange(
                LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-11-30"),
                ZoneOffset.ofHoursMinutes(5, 45)));
    assertThat(params(AuditParams.DAYS, "fromDay", "2026-11-01", "toDay", "2026-11-01").days())
        .extracting(AuditParams.DayRange::offset)
        .isEqualTo(ZoneOffset.UTC);

    assertProblem(
        () -> params(AuditParams.DAYS, "fromDay", "2026-11-01").days(), 400, "INVALID_QUERY");
    assertProblem(
        () -> params(AuditParams.DAYS, "fromDay", "2026-11-02", "toDay", "2026-11-01").days(),
        400,
        "INVALID_QUERY");
    assertProblem(
        () -> params(AuditParams.DAYS, "fromDay", "2025-01-01", "toDay", "2026-01-02").days(),
        400,
        "INVALID_QUERY");
    assertProblem(
        () -> params(AuditParams.DAYS, "fromDay", "2026-11-1", "toDay", "2026-11-02").days(),
        400,
        "INVALID_QUERY");
    assertProblem(
        () ->
            params(
                    AuditParams.DAYS,
                    "fromDay",
                    "2026-11-01",
                    "toDay",
                    "2026-11-02",
                    "offset",
                    "+05:10")
                .days(),
        400,
        "INVALID_QUERY");
    assertProblem(
        () ->
            params(
                    AuditParams.DAYS,
                    "fromDay",
                    "2026-11-01",
                    "toDay",
                    "2026-11-02",
                    "offset",
                    "Asia/Shanghai")
                .days(),
        400,
        "INVALID_ARGUMENT");
  }

  @Test
  void statuses_decisions_formats_and_as_of() {
    Instant now = Instant.parse("2026-11-30T08:00:00Z");
    AuditParams vouchers =
        params(AuditParams.VOUCHER_FILTERS, "status", "EXHAUSTED", "asOf", "2026-06-01T00:00:00Z");
    assertThat(vouchers.voucherStatus()).isEqualTo(VoucherStatus.EXHAUSTED);
    assertThat(vouchers.asOf(now)).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    assertThat(params(AuditParams.VOUCHER_FILTERS).asOf(now)).isEqualTo(now);

    AuditParams claims =
        params(AuditParams.CLAIM_FILTERS, "status", "PAID", "decision", "APPROVED");
    assertThat(claims.claimStatus()).isEqualTo(ClaimStatus.PAID);
    assertThat(claims.claimDecision()).isEqualTo(ClaimDecision.APPROVED);
    assertProblem(
        () -> params(AuditParams.CLAIM_FILTERS, "decision", "PENDING").claimDecision(),
        400,
        "INVALID_QUERY");

    assertThat(params(AuditParams.FORMAT).format()).isEqualTo(EntryExport.Format.NDJSON);
    assertThat(params(AuditParams.FORMAT, "format", "csv").format())
        .isEqualTo(EntryExport.Format.CSV);
    assertProblem(
        () -> params(AuditParams.FORMAT, "format", "xlsx").format(), 400, "INVALID_QUERY");
  }

  @Test
  void a_path_volunteer_id_follows_the_ledger_rule() {
    assertThat(AuditParams.volunteerId("vol-7")).isEqualTo("vol-7");
    assertProblem(() -> AuditParams.volunteerId("vol 7"), 400, "INVALID_VOLUNTEER_ID");
  }

  @Test
  void messages_never_repeat_the_value_sent() {
    String secret = "jane.doe@example.org";
    for (String name : List.of("from", "minAmount", "type", "verifier", "category")) {
      try {
        entries(name, secret).entryFilter();
      } catch (RuntimeException refused) {
        assertThat(Problems.of(refused).getMessage()).doesNotContain(secret);
        continue;
      }
      throw new AssertionError(name + " accepted a bad value");
    }
  }

  private static AuditParams entries(String... namesAndValues) {
    return params(
        Set.of(
            "verifier",
            "category",
            "type",
            "from",
            "to",
            "minAmount",
            "maxAmount",
            "cursor",
            "pageSize"),
        namesAndValues);
  }

  private static AuditParams params(Set<String> accepted, String... namesAndValues) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
    }
    return AuditParams.of(map, accepted);
  }

  private static void assertProblem(Runnable call, int status, String code) {
    assertThatThrownBy(call::run)
        .satisfies(
            thrown -> {
              ApiProblem problem = Problems.of(thrown);
              assertThat(problem.status()).isEqualTo(status);
              assertThat(problem.code()).isEqualTo(code);
            });
  }
}
