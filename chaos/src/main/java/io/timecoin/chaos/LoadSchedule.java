package io.timecoin.chaos;

import java.util.Collection;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * When the load of a scenario stops: not before {@code minMillis}; when a fault is expected, not
 * before the heal mark plus {@code postHealMillis} and a first 201 for a write sent after the heal
 * (that write measures the recovery); and in any case at {@code maxMillis}, so a network that never
 * recovers ends the scenario (and fails its recovery) instead of hanging it.
 */
final class LoadSchedule {

  private final long startMillis;
  private final long minMillis;
  private final long postHealMillis;
  private final long maxMillis;
  private final boolean expectHeal;
  private final LongSupplier clock;

  LoadSchedule(
      long startMillis,
      long minMillis,
      long postHealMillis,
      long maxMillis,
      boolean expectHeal,
      LongSupplier clock) {
    this.startMillis = startMillis;
    this.minMillis = minMillis;
    this.postHealMillis = postHealMillis;
    this.maxMillis = maxMillis;
    this.expectHeal = expectHeal;
    this.clock = clock;
  }

  boolean over(Marks marks, Collection<Write> writes) {
    long now = clock.getAsLong();
    if (now - startMillis >= maxMillis) {
      return true;
    }
    if (now - startMillis < minMillis) {
      return false;
    }
    if (!expectHeal) {
      return true;
    }
    OptionalLong heal = marks.get("heal");
    if (heal.isEmpty() || now - heal.getAsLong() < postHealMillis) {
      return false;
    }
    return Recovery.firstSuccessSentAfter(writes, heal.getAsLong()).isPresent();
  }
}
