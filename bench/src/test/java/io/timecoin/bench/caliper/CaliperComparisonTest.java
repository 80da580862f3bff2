package io.timecoin.bench.caliper;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.BenchReport;
import io.timecoin.bench.report.MachineInfo;
import io.timecoin.bench.report.WorkloadResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaliperComparisonTest {

  private static Measurement level(int c, double txPerSecond, double p50, double p99) {
    return new Measurement(
        "W1",
        "closed c=" + c,
        30,
        (long) (txPerSecond * 30),
        Map.of(),
        txPerSecond,
        p50,
        p50,
        p99,
        p99,
        Map.of("retries", 0.0));
  }

  static BenchReport w1Report() {
    return new BenchReport(
        "2026-11-30",
        "test",
        true,
        new MachineInfo(2, 24_000, "Some CPU", "Linux 6", "17.0.15"),
        "3.0.0",
        Map.of("BatchTimeout", "250ms", "MaxMessageCount", "100", "orderers", "1"),
        List.of(
            new WorkloadResult(
                "W1",
                "earnings",
                "",
                List.of(level(4, 10.0, 400, 600), level(16, 32.0, 500, 900)),
                Map.of(CaliperComparison.W1_LOAD, 12.0),
                List.of())),
        List.of());
  }

  /** A round whose p50 is its mean latency, loaded at 20, 300 successes. */
  private static CaliperRound round(
      String kind, int c, double tps, double throughput, double avgSeconds, double inFlight) {
    return new CaliperRound(
        new CaliperPlan.Round(kind, c, tps),
        300,
        0,
        throughput,
        throughput,
        avgSeconds,
        1.5,
        avgSeconds * 1000,
        1200,
        300,
        inFlight,
        c + 1,
        0,
        20.0,
        25.0,
        600.0);
  }

  @Test
  void closed_loop_levels_within_15_percent_agree() {
    String md =
        CaliperComparison.markdown(
            w1Report(),
            List.of(
                round("closed-loop", 4, 0, 9.0, 0.41, 3.9),
                round("fixed-load", 4, 0, 7.0, 0.40, 2.8),
                round("fixed-rate", 4, 10.0, 10.0, 0.40, 4.0),
                round("closed-loop", 16, 0, 34.0, 0.49, 16.0)),
            "Hyperledger Caliper 0.6.0",
            "`report.html`");

    assertThat(md)
        .contains(
            "| 4 | 10.0 | 400 / 600 | 12.0 | 9.0 | 410 / 1200 | 0.41 / 1.50 | 0 | 3.9 / 5 | 20.0 |"
                + " 2.0 | 0.90 | agree (within 15%) |")
        .contains("| 1.06 | agree (within 15%) |")
        .contains("**All 2 levels agree within 15%.**")
        .contains(
            "| 4 | fixed-load | - | 7.0 | 400 / 1200 | 0 | 2.8 / 5 | 20.0 | 0.70 | held 70% of c in"
                + " flight; by Little's law 7.0 tx/s |")
        .contains(
            "| 4 | fixed-rate | 10.0 | 10.0 | 400 / 1200 | 0 | 4.0 / 5 | 20.0 | 1.00 | kept up:"
                + " W1's rate confirmed |")
        .contains("Hyperledger Caliper 0.6.0")
        .contains("BatchTimeout 250ms")
        .doesNotContain("c=4: Caliper / W1");
  }

  @Test
  void fewer_in_flight_is_named_as_the_load_generators_doing() {
    String md =
        CaliperComparison.markdown(
            w1Report(), List.of(round("closed-loop", 16, 0, 20.0, 0.5, 10.0)), "Caliper", "files");

    assertThat(md)
        .contains("**differ by -38%**")
        .contains("**1 of 1 levels differ by more than 15%; why is under Reading it.**")
        // W1's mean time per earning: 16 / 32 tx/s = 500 ms, Caliper's 500 ms: all in flight
        .contains(
            "c=16: Caliper / W1 = 0.63 = in flight 0.63 (Caliper's 10.0 of 16) x time per earning"
                + " 1.00 (W1's 500 ms, Caliper's 500 ms)")
        .contains("the load generator's doing, not the network's");
  }

  @Test
  void faster_earnings_at_the_same_load_point_at_w1s_side_or_the_machine() {
    // W1: 4 / 7 tx/s = 571 ms per earning; Caliper 340 ms with 3.8 in flight
    List<String> notes =
        CaliperComparison.explain(
            round("closed-loop", 4, 0, 11.0, 0.34, 3.8), level(4, 7.0, 459, 1628), false, 16.5);

    assertThat(notes)
        .singleElement()
        .asString()
        .contains("time per earning 1.68 (W1's 571 ms, Caliper's 340 ms)")
        .contains("W1's earnings took longer at the same load")
        .contains("load 16.5 against 20.0");
  }

  @Test
  void slower_earnings_at_the_same_load_point_at_caliper() {
    List<String> notes =
        CaliperComparison.explain(
            round("closed-loop", 16, 0, 20.0, 0.8, 16.0), level(16, 32.0, 500, 900), false, 12.0);

    assertThat(notes).singleElement().asString().contains("Caliper's earnings took longer");
  }

  @Test
  void a_fixed_rate_round_that_fell_behind_says_so() {
    String md =
        CaliperComparison.markdown(
            w1Report(),
            List.of(
                round("closed-loop", 4, 0, 10.0, 0.4, 4.0),
                round("fixed-rate", 4, 10.0, 7.0, 0.4, 4.0)),
            "Caliper",
            "files");

    assertThat(md).contains("| **fell behind W1's rate** (0.70 of it) |");
  }

  @Test
  void the_json_figures_carry_the_ratio_per_round() {
    Map<String, Object> figures =
        CaliperComparison.figures(
            w1Report(),
            CaliperPlanTest.plan(),
            List.of(round("closed-loop", 4, 0, 9.0, 0.41, 3.9)),
            "Caliper");

    assertThat(figures).containsKeys("w1", "caliper", "plan", "tool");
    assertThat(figures.get("w1LoadAverageMean")).isEqualTo(12.0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> caliper = (List<Map<String, Object>>) figures.get("caliper");
    assertThat((Double) caliper.get(0).get("caliperOverW1")).isEqualTo(0.9);
  }
}
