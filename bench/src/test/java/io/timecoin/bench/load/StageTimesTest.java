package io.timecoin.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StageTimesTest {

  private static long ms(long millis) {
    return TimeUnit.MILLISECONDS.toNanos(millis);
  }

  @Test
  void reports_each_stage_separately_in_the_order_a_write_passes_them() {
    StageTimes times = new StageTimes();
    for (int i = 1; i <= 100; i++) {
      times.record(ms(10 + i % 3), ms(2), ms(200 + i));
    }

    Map<String, Double> p = times.percentiles();

    assertThat(times.count()).isEqualTo(100);
    assertThat(p.keySet())
        .containsExactly(
            "endorse p50 ms",
            "endorse p99 ms",
            "submit p50 ms",
            "submit p99 ms",
            "commit p50 ms",
            "commit p99 ms");
    assertThat(p.get("endorse p50 ms")).isBetween(10.9, 11.1);
    assertThat(p.get("submit p50 ms")).isBetween(1.99, 2.01);
    assertThat(p.get("commit p50 ms")).isBetween(249.0, 251.0);
    assertThat(p.get("commit p99 ms")).isBetween(298.0, 300.5);
  }

  @Test
  void adds_nothing_when_no_write_was_recorded() {
    Measurement m = Measurement.of("W0", "closed c=1", ms(1000), new OutcomeRecorder());

    assertThat(new StageTimes().percentiles()).isEmpty();
    assertThat(new StageTimes().addTo(m).extra()).isEmpty();
  }

  @Test
  void adds_the_stage_percentiles_to_a_measurement_as_extra_figures() {
    StageTimes times = new StageTimes();
    times.record(ms(5), ms(1), ms(300));
    Measurement m = Measurement.of("W0", "closed c=1", ms(1000), new OutcomeRecorder());

    assertThat(times.addTo(m).extra()).containsKeys("endorse p50 ms", "commit p99 ms").hasSize(6);
  }
}
