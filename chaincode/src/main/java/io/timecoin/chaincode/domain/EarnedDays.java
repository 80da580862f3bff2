package io.timecoin.chaincode.domain;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The daily totals an account keeps for the daily cap: those of the two latest days it earned on,
 * latest first. Kept in the account because every earning reads and writes the account anyway; a
 * key per day would cost each earning one more read and one more write.
 *
 * <p>Why two days are enough: an earning's day is its transaction timestamp's, and the timestamp
 * window ({@code TimestampWindow}, at most one hour either side of an endorser's clock) lets an
 * earning be dated at most a couple of hours before one committed earlier, so just after midnight
 * it can fall on the day before the latest, never earlier. For any day from the older kept day on,
 * the total is exact: a day in between that is not kept has no earnings (it would be one of the two
 * latest). An earning dated before the older kept day is refused with {@link
 * ErrorCode#TIMESTAMP_OUT_OF_WINDOW}: its day's total is no longer known, and counting it as zero
 * could let that day exceed the cap. With honest clocks only a new policy whose UTC offset is more
 * than a day behind the old one (offsets span 26 hours) dates an earning so, and only for at most
 * about two hours, until the new offset's day reaches the older kept day; a resubmission then goes
 * through.
 */
public final class EarnedDays {

  /** How many days are kept: the latest and the one before it. */
  public static final int KEPT = 2;

  private static final EarnedDays NONE = new EarnedDays(List.of());

  private final List<DayTotal> latestFirst;

  private EarnedDays(List<DayTotal> latestFirst) {
    this.latestFirst = latestFirst;
  }

  /** An account that never earned. */
  public static EarnedDays none() {
    return NONE;
  }

  /**
   * The totals as stored, latest first.
   *
   * @throws IllegalStateException if they are not at most {@value #KEPT} distinct days, latest
   *     first: stored state the chaincode never writes
   */
  public static EarnedDays of(List<DayTotal> latestFirst) {
    List<DayTotal> days = List.copyOf(latestFirst);
    if (days.size() > KEPT) {
      throw new IllegalStateException("an account keeps at most " + KEPT + " daily totals");
    }
    for (int i = 1; i < days.size(); i++) {
      if (days.get(i - 1).day().compareTo(days.get(i).day()) <= 0) {
        throw new IllegalStateException("an account's daily totals are not latest first");
      }
    }
    return new EarnedDays(days);
  }

  /** The totals, latest first, as stored. */
  public List<DayTotal> latestFirst() {
    return latestFirst;
  }

  /**
   * What was earned on {@code day}; zero for a day after the older kept one that is not kept.
   *
   * @throws LedgerValidationException with {@link ErrorCode#TIMESTAMP_OUT_OF_WINDOW} if {@code day}
   *     lies before every kept day while {@value #KEPT} days are kept (its total is forgotten)
   */
  public CoinAmount on(String day) {
    for (DayTotal kept : latestFirst) {
      if (kept.day().equals(day)) {
        return kept.coins();
      }
    }
    if (latestFirst.size() == KEPT && day.compareTo(latestFirst.get(KEPT - 1).day()) < 0) {
      throw new LedgerValidationException(
          ErrorCode.TIMESTAMP_OUT_OF_WINDOW,
          "the earning is dated "
              + day
              + ", before the last two days this volunteer earned on, whose totals the daily cap"
              + " counts; send it again with a current timestamp (after the policy's UTC offset"
              + " moved back, once that offset's day has reached them)");
    }
    return CoinAmount.ZERO;
  }

  /** These totals with {@code day}'s set to {@code total}, keeping the {@value #KEPT} latest. */
  public EarnedDays with(String day, CoinAmount total) {
    List<DayTotal> days = new ArrayList<>(KEPT + 1);
    days.add(new DayTotal(day, total));
    for (DayTotal kept : latestFirst) {
      if (!kept.day().equals(day)) {
        days.add(kept);
      }
    }
    days.sort(Comparator.comparing(DayTotal::day).reversed());
    return new EarnedDays(List.copyOf(days.subList(0, Math.min(KEPT, days.size()))));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EarnedDays days && latestFirst.equals(days.latestFirst);
  }

  @Override
  public int hashCode() {
    return latestFirst.hashCode();
  }

  @Override
  public String toString() {
    return "EarnedDays" + latestFirst;
  }
}
