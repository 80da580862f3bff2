package io.timecoin.bench.workload;

import io.timecoin.auditstore.query.EntryFilter;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.EntryType;
import io.timecoin.model.VoucherStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The varied parameters of A4's audit queries, drawn from what the projection holds (its verifiers,
 * categories, accounts and time span), so that every run asks a different, answerable question.
 * Pure: the same random source gives the same parameters.
 */
final class AuditQueryMix {

  /**
   * The offsets a daily-mint question counts days at: UTC, the policy's +08:00, and a western one.
   */
  static final List<ZoneOffset> OFFSETS =
      List.of(ZoneOffset.UTC, ZoneOffset.ofHours(8), ZoneOffset.ofHours(-5));

  /**
   * What the projection holds.
   *
   * @param verifiers the verifiers of its EARN entries
   * @param categories the categories of its entries
   * @param volunteers some of its accounts
   * @param first the first entry's time
   * @param last the last entry's time
   */
  record Domain(
      List<String> verifiers,
      List<String> categories,
      List<String> volunteers,
      Instant first,
      Instant last) {
    Domain {
      verifiers = List.copyOf(verifiers);
      categories = List.copyOf(categories);
      volunteers = List.copyOf(volunteers);
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      if (verifiers.isEmpty() || categories.isEmpty() || volunteers.isEmpty()) {
        throw new IllegalArgumentException(
            "the projection holds no earnings or no accounts: write the ledger first (A1)");
      }
      if (last.isBefore(first)) {
        throw new IllegalArgumentException("the last entry is before the first");
      }
    }

    Duration span() {
      return Duration.between(first, last);
    }
  }

  private final Domain domain;
  private final SplittableRandom random;

  AuditQueryMix(Domain domain, long seed) {
    this.domain = domain;
    this.random = new SplittableRandom(seed);
  }

  /** One verifier's entries in a window of a tenth of the span at a random place in it. */
  EntryFilter byVerifierAndTime() {
    Instant[] window = window(10);
    return new EntryFilter(pick(domain.verifiers()), null, null, window[0], window[1], null, null);
  }

  /** One category's earnings, all time. */
  EntryFilter byCategory() {
    return new EntryFilter(null, pick(domain.categories()), EntryType.EARN, null, null, null, null);
  }

  /**
   * Movements of a size between a random lower bound of 0.01 to 7.00 coins and up to 3.00 coins
   * more.
   */
  EntryFilter byAmount() {
    long min = 1 + random.nextLong(700);
    long max = min + 25 + random.nextLong(276);
    return new EntryFilter(null, null, null, null, null, min, max);
  }

  /** A window of a tenth of the span, for reversals. */
  Instant[] reversalWindow() {
    return window(10);
  }

  /** The days of the daily-mint question: from a day of the span to a day up to a week later. */
  LocalDate[] mintDays(ZoneOffset offset) {
    LocalDate first = domain.first().atOffset(offset).toLocalDate();
    LocalDate last = domain.last().atOffset(offset).toLocalDate();
    long days = Duration.between(first.atStartOfDay(), last.atStartOfDay()).toDays();
    LocalDate from = first.plusDays(days == 0 ? 0 : random.nextLong(days + 1));
    return new LocalDate[] {from.minusDays(random.nextInt(3)), from.plusDays(random.nextInt(7))};
  }

  ZoneOffset offset() {
    return pick(OFFSETS);
  }

  /** A voucher status, or null for every voucher (one time in five). */
  VoucherStatus voucherStatus() {
    VoucherStatus[] all = VoucherStatus.values();
    int i = random.nextInt(all.length + 1);
    return i == all.length ? null : all[i];
  }

  /** A claim status, or null (then the decision alone selects). */
  ClaimStatus claimStatus() {
    ClaimStatus[] all = ClaimStatus.values();
    int i = random.nextInt(all.length + 1);
    return i == all.length ? null : all[i];
  }

  /** A decision, or null (then the status alone selects). */
  ClaimDecision claimDecision() {
    ClaimDecision[] all = ClaimDecision.values();
    int i = random.nextInt(all.length + 1);
    return i == all.length ? null : all[i];
  }

  String volunteer() {
    return pick(domain.volunteers());
  }

  /** {@code [from, to)}: a {@code 1/parts} of the span, placed at random inside it. */
  private Instant[] window(int parts) {
    long span = Math.max(1, domain.span().toMillis());
    long length = Math.max(1, span / parts);
    long start = random.nextLong(Math.max(1, span - length + 1));
    Instant from = domain.first().plusMillis(start);
    return new Instant[] {from, from.plusMillis(length)};
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
