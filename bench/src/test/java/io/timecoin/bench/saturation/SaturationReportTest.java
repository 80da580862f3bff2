package io.timecoin.bench.saturation;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.bench.cpu.CpuProfile;
import io.timecoin.bench.cpu.CpuSnapshot;
import io.timecoin.bench.cpu.EcdsaCost;
import io.timecoin.bench.cpu.SignatureCount;
import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.MachineInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaturationReportTest {

  static final RampSettings SETTINGS = new RampSettings(new RampPlan(10, 2, 1000), 10, 64, 2000);

  /** A ramp whose network commits up to {@code capacity} tx/s at {@code cpuMs} per tx in peer0. */
  static RampResult ramp(String id, double capacity, double peerMs, double otherMs) {
    List<RampStep> steps = new ArrayList<>();
    for (double rate : SETTINGS.plan().rates()) {
      Measurement m = SaturationRampTest.simulated(id, rate, capacity);
      long peer = Math.round(m.successes() * peerMs / 10);
      long other = Math.round(m.successes() * otherMs / 10);
      CpuProfile cpu =
          CpuProfile.between(
              new CpuSnapshot(Map.of("peer0", 0L, "load-generator", 0L), 0, 0),
              new CpuSnapshot(
                  Map.of("peer0", peer, "load-generator", other), 1000, 10_000_000_000L),
              m.successes(),
              100);
      RampStep s = RampStep.judge(rate, m, cpu, 10, 2000);
      steps.add(s);
      if (!s.keptUp()) {
        return new RampResult(id, id + " title", "", steps, "fell behind");
      }
    }
    return new RampResult(id, id + " title", "", steps, "max");
  }

  static SaturationReport report(List<RampResult> ramps, String chart) {
    return new SaturationReport(
        "2026-11-30T10:00:00Z",
        "smoke",
        true,
        new MachineInfo(2, 4096, "cpu", "Linux", "17"),
        "3.1",
        Map.of("BatchTimeout", "250ms"),
        SETTINGS,
        100,
        ramps,
        new EcdsaCost(100, 200, "SunEC"),
        new EcdsaCost(10, 20, "OpenSSL"),
        new SignatureCount(2, 3, 3, 10),
        chart);
  }

  @Test
  void the_page_names_each_saturation_point_the_targets_the_floors_and_the_cpu_by_process() {
    SaturationReport r =
        report(
            List.of(
                ramp("W0", 100, 5, 1),
                ramp("W1", 50, 8, 2),
                RampResult.skipped("W2", "W2", "API not reachable")),
            "x.png");

    String md = SaturationMarkdown.render(r);

    assertThat(md).contains("**Quick run**", "![throughput and p99 against offered rate](x.png)");
    // W0 keeps up to 80/s offered (160 falls behind), W1 to 40/s.
    assertThat(md).contains("| W0 | 80 |", "| W1 | 40 |", "| W2 | skipped: API not reachable |");
    assertThat(md)
        .contains("| W1 at saturation >= 0.8 x W0 at saturation (tx/s) | W1 = 0.50 x W0")
        .contains("| missed |")
        .contains("| W1 CPU per committed tx <= 1.25 x W0's | 1.67 x (10.00 / 6.00 ms) | missed |")
        .contains("| W2 at saturation >= 0.9 x W1 at saturation (tx/s) | - | not measured |");
    assertThat(md).contains("**Fabric's own** (W0, one-key Put, at its saturation point): 6.00");
    // 3 client signs x 100 us + (2 + 3/10) node signs x 10 us + (2 + 1 + 9 + 1 + 3/10)
    // verifies x 20 us = 0.589 ms; all at the JCA's cost: 5.3 x 100 + 13.3 x 200 us = 3.19 ms
    assertThat(md).contains("**0.59 CPU ms per transaction** (3.19 ms if every operation");
    assertThat(md).contains("| peer0 | 5.00 | 8.00 |", "| **all** | **6.00** | **10.00** |");
    assertThat(md).contains("## W0 ramp", "| 160 |", "| no |");
  }

  @Test
  void the_json_holds_the_steps_and_the_chart_is_a_png(@TempDir Path dir) throws Exception {
    List<RampResult> ramps = List.of(ramp("W0", 100, 5, 1), ramp("W1", 50, 8, 2));
    String json = SaturationOptions.json(report(ramps, "x.png"));
    assertThat(json)
        .contains("\"offeredRate\" : 160.0", "\"cpuMillisByProcess\"", "\"signMicros\"");

    Path png = dir.resolve("chart.png");
    assertThat(SaturationChart.write(ramps, 2000, png)).isTrue();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(1000);
    assertThat(new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("PNG");

    assertThat(
            SaturationChart.write(
                List.of(RampResult.skipped("W2", "W2", "no")), 2000, dir.resolve("none.png")))
        .isFalse();
    assertThat(dir.resolve("none.png")).doesNotExist();
  }

  @Test
  void the_page_states_the_load_average_each_ramp_ran_at() {
    RampResult w0 = ramp("W0", 100, 5, 1);
    RampResult loaded =
        new RampResult(w0.workload(), w0.title(), "", w0.steps(), w0.stoppedBecause(), 6.96, 8.14);

    String md = SaturationMarkdown.render(report(List.of(loaded, ramp("W1", 50, 8, 2)), ""));

    assertThat(md).contains("| fell behind | 7.0 / 8.1 |", "| fell behind | - |");
    assertThat(md).contains("Ended: fell behind; load average (1 min) while it ran: 7.0 / 8.1");
  }
}
