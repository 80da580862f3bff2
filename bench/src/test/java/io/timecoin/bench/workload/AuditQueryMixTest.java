package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.auditstore.query.EntryFilter;
import io.timecoin.model.EntryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditQueryMixTest {

  private static final Instant FIRST = Instant.parse("2026-11-30T08:30:00Z");
  private static final Instant LAST = FIRST.plus(Duration.ofMinutes(40));
  private static final AuditQueryMix.Domain DOMAIN =
      new AuditQueryMix.Domain(
          List.of("verifier-00", "verifier-01", "verifier-02"),
          List.of("meals", "tutoring"),
          List.of("v-1", "v-2", "v-3", "v-4"),
          FIRST,
          LAST);

  @Test
  void verifier_windows_are_a_tenth_of_the_span_inside_it_and_vary() {
    AuditQueryMix mix = new AuditQueryMix(DOMAIN, 1);
    Set<Instant> starts = new HashSet<>();
    Set<String> verifiers = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      EntryFilter f = mix.byVerifierAndTime();
      assertThat(f.from()).isBetween(FIRST, LAST);
      assertThat(f.to()).isBetween(FIRST, LAST);
      assertThat(Duration.between(f.from(), f.to())).isEqualTo(Duration.ofMinutes(4));
      assertThat(f.category()).isNull();
      starts.add(f.from());
      verifiers.add(f.verifier());
    }
    assertThat(starts).hasSizeGreaterThan(250);
    assertThat(verifiers).containsExactlyInAnyOrderElementsOf(DOMAIN.verifiers());
  }

  @Test
  void amount_ranges_are_ordered_and_within_coins_the_ledger_holds() {
    AuditQueryMix mix = new AuditQueryMix(DOMAIN, 2);
    for (int i = 0; i < 500; i++) {
      EntryFilter f = mix.byAmount();
      assertThat(f.minUnits()).isBetween(1L, 700L);
      assertThat(f.maxUnits() - f.minUnits()).isBetween(25L, 300L);
    }
  }

  @Test
  void category_questions_ask_for_earnings_of_a_known_category() {
    EntryFilter f = new AuditQueryMix(DOMAIN, 3).byCategory();
    assertThat(f.type()).isEqualTo(EntryType.EARN);
    assertThat(DOMAIN.categories()).contains(f.category());
  }

  @Test
  void mint_days_cover_the_ledgers_days_and_run_forwards() {
    AuditQueryMix mix = new AuditQueryMix(DOMAIN, 4);
    for (int i = 0; i < 200; i++) {
      ZoneOffset offset = mix.offset();
      LocalDate[] days = mix.mintDays(offset);
      LocalDate ledgerDay = FIRST.atOffset(offset).toLocalDate();
      assertThat(days[1]).isAfterOrEqualTo(days[0]);
      assertThat(days[0]).isBetween(ledgerDay.minusDays(2), ledgerDay.plusDays(1));
      assertThat(days[1]).isAfterOrEqualTo(ledgerDay.minusDays(2));
    }
  }

  @Test
  void statuses_include_every_value_and_none() {
    AuditQueryMix mix = new AuditQueryMix(DOMAIN, 5);
    Set<Object> voucher = new HashSet<>();
    Set<Object> claim = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      voucher.add(String.valueOf(mix.voucherStatus()));
      claim.add(String.valueOf(mix.claimStatus()) + "/" + mix.claimDecision());
    }
    assertThat(voucher).contains("null", "ACTIVE", "EXPIRED", "EXHAUSTED", "VOIDED");
    assertThat(claim).contains("null/null", "PAID/APPROVED", "REJECTED/REJECTED");
  }

  @Test
  void the_same_seed_asks_the_same_questions() {
    AuditQueryMix a = new AuditQueryMix(DOMAIN, 9);
    AuditQueryMix b = new AuditQueryMix(DOMAIN, 9);
    for (int i = 0; i < 20; i++) {
      assertThat(a.byVerifierAndTime()).isEqualTo(b.byVerifierAndTime());
      assertThat(a.volunteer()).isEqualTo(b.volunteer());
    }
  }

  @Test
  void an_empty_projection_is_refused_with_what_to_do() {
    assertThatThrownBy(
            () -> new AuditQueryMix.Domain(List.of(), List.of("x"), List.of("v"), FIRST, LAST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("write the ledger first");
  }
}
