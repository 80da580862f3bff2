package io.timecoin.bench.saturation;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.bench.cpu.CpuProfile;
import io.timecoin.bench.load.Measurement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeySetSplitTest {

  /**
   * A ramp over 10, 20, 40, 80, 160/s of a network that commits up to {@code capacity} tx/s; at
   * each step every process spends its ms per transaction, and peer0 also {@code idleMsPerSecond}
   * whatever the rate, as Fabric's block cutting and ticks do: the lower the rate, the more of it
   * each transaction carries.
   */
  static RampResult ramp(
      String id, double capacity, Map<String, Double> msPerTx, double idleMsPerSecond) {
    List<RampStep> steps = new ArrayList<>();
    for (double rate : List.of(10.0, 20.0, 40.0, 80.0, 160.0)) {
      Measurement m = SaturationRampTest.simulated(id, rate, capacity);
      Map<String, Double> cpu = new LinkedHashMap<>();
      msPerTx.forEach((p, ms) -> cpu.put(p, ms * m.successes()));
      // per second of the schedule (10 s), whatever was committed in it
      cpu.merge("peer0", idleMsPerSecond * 10, Double::sum);
      RampStep s =
          RampStep.judge(
              rate, m, new CpuProfile(cpu, m.successes(), m.seconds() * 1000, -1), 10, 2000);
      steps.add(s);
      if (!s.keptUp()) {
        return new RampResult(id, id + " title", "", steps, "fell behind");
      }
    }
    return new RampResult(id, id + " title", "", steps, "max");
  }

  static final Map<String, Double> W0 =
      Map.of("peer0", 5.0, "load-generator", 1.0, "bench-put-chaincode-platform", 0.5);
  static final Map<String, Double> W0K =
      Map.of("peer0", 7.0, "load-generator", 1.0, "bench-put-chaincode-platform", 1.0);
  static final Map<String, Double> W1 =
      Map.of(
          "peer0", 8.0,
          "load-generator", 2.0,
          "chaincode-platform", 3.0,
          "bench-put-chaincode-platform", 0.0);

  static SaturationReport report(RampResult... ramps) {
    return SaturationReportTest.report(List.of(ramps), "");
  }

  @Test
  void w1_is_split_against_w0k_and_w0_at_w1s_own_saturation_rate_not_at_theirs() {
    // W1 saturates at 40/s; W0K and W0 keep up to 80/s, where the per-second cost weighs less.
    SaturationReport r =
        report(ramp("W0", 100, W0, 40), ramp("W0K", 90, W0K, 40), ramp("W1", 50, W1, 40));

    KeySetSplit split = KeySetSplit.of(r).orElseThrow();

    assertThat(split.offeredRate()).isEqualTo(40);
    assertThat(split.sameRate()).isTrue();
    // at 40/s offered, 1 s per 40 tx of peer0's 40 ms/s: +1 ms per transaction for each
    Map<String, double[]> rows = split.byProcess();
    assertThat(rows.get("peer0")).containsExactly(new double[] {6, 8, 9}, within());
    // the Put chaincode's process counts as the chaincode service of its org
    assertThat(rows.get("chaincode-platform")).containsExactly(new double[] {0.5, 1, 3}, within());
    assertThat(rows.get("load-generator")).containsExactly(new double[] {1, 1, 2}, within());
    assertThat(rows).doesNotContainKey("bench-put-chaincode-platform");
  }

  @Test
  void the_page_states_the_split_per_process_and_in_total() {
    SaturationReport r =
        report(ramp("W0", 100, W0, 40), ramp("W0K", 90, W0K, 40), ramp("W1", 50, W1, 40));

    String md = SaturationMarkdown.render(r);

    assertThat(md)
        .contains("## W1's cost split: Fabric's floor for its key set (W0K)")
        .contains(
            "At 40/s offered (W1's saturation point), the others at the same offered rate: W1"
                + " spends **14.00** CPU ms per earning = **10.00** ms Fabric's floor for its key"
                + " set")
        .contains("+ **4.00** ms timecoin's own work")
        .contains("29% of W1's CPU")
        .contains(
            "Of W0K's 10.00 ms, W0's one-key Put costs 7.50: the ten keys beyond one cost"
                + " Fabric 2.50 ms.")
        .contains("| peer0 | 6.00 | 8.00 | 9.00 | 2.00 | 1.00 |")
        .contains("| chaincode-platform | 0.50 | 1.00 | 3.00 | 0.50 | 2.00 |")
        .contains("| **all** | **7.50** | **10.00** | **14.00** | **2.50** | **4.00** |")
        .contains("**Fabric's floor for an earning's key set** (W0K");
    // Targets stay W1 against W0: W0K is context.
    assertThat(md).contains("| W1 at saturation >= 0.8 x W0 at saturation (tx/s) | W1 = ");
    assertThat(md).doesNotContain("x W0K");
  }

  @Test
  void a_w0k_that_fell_behind_before_w1s_rate_is_compared_at_its_own_saturation_and_says_so() {
    SaturationReport r = report(ramp("W0K", 30, W0K, 40), ramp("W1", 50, W1, 40));

    KeySetSplit split = KeySetSplit.of(r).orElseThrow();

    assertThat(split.w0kRate()).isEqualTo(20);
    assertThat(split.sameRate()).isFalse();
    assertThat(split.w0()).isEmpty();
    String md = SaturationMarkdown.render(r);
    assertThat(md).contains("W0K at 20/s offered (it did not keep up at W1's rate");
    assertThat(md).contains("| peer0 | - | 9.00 | 9.00 | - | 0.00 |");
  }

  @Test
  void without_w0k_or_a_w1_saturation_point_there_is_no_split() {
    assertThat(KeySetSplit.of(report(ramp("W0", 100, W0, 0), ramp("W1", 50, W1, 0)))).isEmpty();
    assertThat(KeySetSplit.of(report(ramp("W0K", 100, W0K, 0)))).isEmpty();
    assertThat(SaturationMarkdown.render(report(ramp("W0", 100, W0, 0), ramp("W1", 50, W1, 0))))
        .doesNotContain("cost split");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
