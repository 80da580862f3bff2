package io.timecoin.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateScheduleTest {

  @Test
  void spaces_requests_evenly_from_the_start() {
    RateSchedule schedule = new RateSchedule(1_000, 4);

    assertThat(schedule.intendedNanos(0)).isEqualTo(1_000);
    assertThat(schedule.intendedNanos(1)).isEqualTo(1_000 + 250_000_000L);
    assertThat(schedule.intendedNanos(8)).isEqualTo(1_000 + 2_000_000_000L);
  }

  @Test
  void does_not_drift_at_rates_that_are_not_whole_nanoseconds() {
    RateSchedule schedule = new RateSchedule(0, 3);

    assertThat(schedule.intendedNanos(3_000)).isEqualTo(1_000_000_000_000L);
  }

  @Test
  void counts_the_requests_due_within_a_duration() {
    RateSchedule schedule = new RateSchedule(0, 10);

    assertThat(schedule.requestsWithin(1_000_000_000L)).isEqualTo(10);
    assertThat(schedule.requestsWithin(1_050_000_000L)).isEqualTo(11);
  }

  @Test
  void refuses_a_rate_that_is_not_positive() {
    assertThatThrownBy(() -> new RateSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateSchedule(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
