package io.timecoin.bench.saturation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.bench.cpu.CpuSnapshot;
import io.timecoin.bench.load.Measurement;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SaturationRampTest {

  static final double STEP = 10;

  /**
   * A simulated network that commits up to {@code capacity} tx/s: below it, every request is done
   * about 0.3 s after it was due; above it, the queue drains long after the schedule ends and the
   * waits grow with it.
   */
  static Measurement simulated(String id, double rate, double capacity) {
    long sent = Math.round(rate * STEP);
    if (rate <= capacity) {
      double p99 = 300 + 1500 * rate / capacity;
      return new Measurement(
          id,
          "fixed-rate",
          STEP + 0.3,
          sent,
          Map.of(),
          sent / (STEP + 0.3),
          250,
          p99,
          p99,
          p99,
          Map.of());
    }
    double seconds = sent / capacity;
    return new Measurement(
        id, "fixed-rate", seconds, sent, Map.of(), capacity, 2000, 8000, 9000, 9500, Map.of());
  }

  @Test
  void rates_rise_geometrically_to_the_maximum() {
    assertThat(new RampPlan(5, 2, 80).rates()).containsExactly(5.0, 10.0, 20.0, 40.0, 80.0);
    assertThat(new RampPlan(10, 1.4, 30).rates()).containsExactly(10.0, 14.0, 19.6, 27.4);
    assertThatThrownBy(() -> new RampPlan(10, 1, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RampPlan(0, 2, 100)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_ramp_stops_at_the_first_rate_it_falls_behind_and_names_the_last_sustainable_one()
      throws Exception {
    AtomicLong ticks = new AtomicLong();
    StringWriter console = new StringWriter();
    List<Double> offered = new ArrayList<>();
    SaturationRamp ramp =
        new SaturationRamp(
            new RampSettings(new RampPlan(5, 2, 1000), STEP, 64, 2000),
            () -> new CpuSnapshot(Map.of("peer0", ticks.addAndGet(100)), -1, 0),
            100,
            new PrintWriter(console));

    RampResult r =
        ramp.run(
            "W0",
            "put",
            rate -> {
              offered.add(rate);
              return simulated("W0", rate, 50);
            });

    assertThat(offered).containsExactly(5.0, 10.0, 20.0, 40.0, 80.0);
    assertThat(r.steps())
        .extracting(RampStep::keptUp)
        .containsExactly(true, true, true, true, false);
    assertThat(r.saturation()).map(RampStep::offeredRate).contains(40.0);
    assertThat(r.stoppedBecause()).startsWith("fell behind at 80.0/s offered");
    // each step saw 100 ticks = 1000 ms of peer0 CPU
    assertThat(r.steps().get(3).cpu().cpuMillisByProcess()).containsEntry("peer0", 1000.0);
    assertThat(console.toString()).contains("[W0 ramp] offered 80.0/s", "fell behind");
  }

  @Test
  void a_ramp_that_never_falls_behind_ends_at_the_plan_maximum() throws Exception {
    SaturationRamp ramp =
        new SaturationRamp(
            new RampSettings(new RampPlan(5, 2, 20), STEP, 8, 2000),
            () -> new CpuSnapshot(Map.of(), -1, 0),
            100,
            new PrintWriter(new StringWriter()));
    RampResult r = ramp.run("W1", "earn", rate -> simulated("W1", rate, 1000));
    assertThat(r.steps()).hasSize(3);
    assertThat(r.saturation()).map(RampStep::offeredRate).contains(20.0);
    assertThat(r.stoppedBecause()).contains("highest rate");
  }

  @Test
  void a_step_with_failures_a_slow_drain_or_a_p99_over_the_bound_is_not_sustainable() {
    var cpu =
        io.timecoin.bench.cpu.CpuProfile.between(
            new CpuSnapshot(Map.of(), -1, 0), new CpuSnapshot(Map.of(), -1, 0), 0, 100);
    Measurement ok =
        new Measurement("W", "m", 10.5, 100, Map.of(), 9.5, 1, 1, 1500, 1600, Map.of());
    assertThat(RampStep.judge(10, ok, cpu, 10, 2000).sustainable()).isTrue();

    Measurement failing =
        new Measurement(
            "W", "m", 10.5, 97, Map.of("rejected:X", 3L), 9.2, 1, 1, 100, 100, Map.of());
    assertThat(RampStep.judge(10, failing, cpu, 10, 2000).keptUp()).isFalse();

    Measurement slowDrain =
        new Measurement("W", "m", 12.5, 100, Map.of(), 8, 1, 1, 100, 100, Map.of());
    assertThat(RampStep.judge(10, slowDrain, cpu, 10, 2000).keptUp()).isFalse();

    Measurement slowTail =
        new Measurement("W", "m", 10.5, 100, Map.of(), 9.5, 1, 1, 2100, 2200, Map.of());
    RampStep tail = RampStep.judge(10, slowTail, cpu, 10, 2000);
    assertThat(tail.keptUp()).isTrue();
    assertThat(tail.sustainable()).isFalse();
  }

  @Test
  void block_size_and_durations_come_from_the_network_facts() {
    assertThat(NetworkShape.seconds("250ms")).isEqualTo(0.25);
    assertThat(NetworkShape.seconds("2s")).isEqualTo(2.0);
    assertThat(NetworkShape.seconds("1m")).isEqualTo(60.0);
    assertThat(NetworkShape.seconds("soon")).isEqualTo(0.25);
    Map<String, String> facts =
        Map.of("BatchTimeout", "250ms", "MaxMessageCount", "100", "orderers", "3");
    assertThat(NetworkShape.signatures(facts, 200).txPerBlock()).isEqualTo(50.0);
    assertThat(NetworkShape.signatures(facts, 1000).txPerBlock()).isEqualTo(100.0);
    assertThat(NetworkShape.signatures(facts, 2).txPerBlock()).isEqualTo(1.0);
    assertThat(NetworkShape.signatures(facts, 2).orderers()).isEqualTo(3);
  }
}
