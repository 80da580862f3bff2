package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LagStatsTest {

  @Test
  void lag_is_the_peers_last_block_minus_the_checkpoint_never_negative() {
    assertThat(LagStats.lag(101, 100)).isZero();
    assertThat(LagStats.lag(103, 100)).isEqualTo(2);
    assertThat(LagStats.lag(5, -1)).isEqualTo(5); // no batch projected yet
    assertThat(LagStats.lag(100, 100)).isZero(); // read apart: the checkpoint moved on
  }

  @Test
  void percentiles_are_nearest_rank_over_the_samples() {
    LagStats stats = new LagStats();
    for (int i = 0; i < 97; i++) {
      stats.record(0);
    }
    stats.record(1);
    stats.record(2);
    stats.record(7);

    assertThat(stats.samples()).isEqualTo(100);
    assertThat(stats.percentile(50)).isZero();
    assertThat(stats.percentile(98)).isEqualTo(1);
    assertThat(stats.percentile(99)).isEqualTo(2);
    assertThat(stats.percentile(100)).isEqualTo(7);
    assertThat(stats.max()).isEqualTo(7);
    assertThat(stats.mean()).isEqualTo(0.1);
  }

  @Test
  void no_samples_report_zero_and_failures_are_counted_apart() {
    LagStats stats = new LagStats();
    stats.recordFailure();

    assertThat(stats.samples()).isZero();
    assertThat(stats.failedSamples()).isEqualTo(1);
    assertThat(stats.percentile(99)).isZero();
    assertThat(stats.max()).isZero();
  }

  @Test
  void a_negative_lag_or_percentile_out_of_range_is_refused() {
    LagStats stats = new LagStats();
    assertThatThrownBy(() -> stats.record(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stats.percentile(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> stats.percentile(101)).isInstanceOf(IllegalArgumentException.class);
  }
}
