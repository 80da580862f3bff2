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
                Map.of(),
                List.of())),
        List.of());
  }

  private static CaliperRound round(
      String kind,
      int c,
      double tps,
      double throughput,
      double avgSeconds,
      double inFlight,
      long fail) {
    return new CaliperRound(
        new CaliperPlan.Round(kind, c, tps),
        300,
        fail,
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
        25.0);
  }

  @Test
  void levels_within_15_percent_agree() {
    String md =
        CaliperComparison.markdown(
            w1Report(),
            List.of(
                round("fixed-load", 4, 0, 9.0, 0.41, 3.9, 0),
                round("fixed-rate", 4, 10.0, 10.0, 0.40, 4.0, 0),
                round("fixed-load", 16, 0, 34.0, 0.49, 16.2, 0)),
            "Hyperledger Caliper 0.6.0",
            "`report.html`");

    assertThat(md)
        .contains("| 4 | 10.0 | 400 / 600 | 9.0 | 410 / 1200 | 0.41 / 1.50 | 0 | 3.9 / 5 |")
        .contains("| 0.90 | agree (within 15%) |")
        .contains("| 1.06 | agree (within 15%) |")
        .contains("**All 2 levels agree within 15%.**")
        .contains("| c=4 | 10.0 | 10.0 | 400 / 1200 | 0 | 4.0 / 5 | 20.0 | 1.00 | kept up")
        .contains("Hyperledger Caliper 0.6.0")
        .contains("BatchTimeout 250ms");
  }

  @Test
  void a_controller_that_kept_fewer_in_flight_is_named_as_the_cause() {
    String md =
        CaliperComparison.markdown(
            w1Report(), List.of(round("fixed-load", 16, 0, 20.0, 0.5, 9.8, 0)), "Caliper", "files");

    assertThat(md)
        .contains("**differ by -38%**")
        .contains("**1 of 1 levels differ by more than 15%; why is below.**")
        .contains("Caliper kept 9.8 earnings in flight on average (W1: 16)")
        .contains("commits 19.6 tx/s")
        .contains("the gap is Caliper's load, not the network or W1");
  }

  @Test
  void slower_earnings_at_the_same_load_point_at_the_network_or_client() {
    List<String> notes =
        CaliperComparison.explain(
            round("fixed-load", 16, 0, 20.0, 0.8, 16.0, 0), level(16, 32.0, 500, 900), false);

    assertThat(notes).singleElement().asString().contains("each earning took longer");
  }

  @Test
  void a_fixed_rate_round_that_fell_behind_says_so() {
    String md =
        CaliperComparison.markdown(
            w1Report(),
            List.of(
                round("fixed-load", 4, 0, 10.0, 0.4, 4.0, 0),
                round("fixed-rate", 4, 10.0, 7.0, 0.4, 4.0, 0)),
            "Caliper",
            "files");

    assertThat(md).contains("| 0.70 | **fell behind W1's rate** |");
  }

  @Test
  void the_json_figures_carry_the_ratio_per_round() {
    Map<String, Object> figures =
        CaliperComparison.figures(
            w1Report(),
            CaliperPlanTest.plan(),
            List.of(round("fixed-load", 4, 0, 9.0, 0.41, 3.9, 0)),
            "Caliper");

    assertThat(figures).containsKeys("w1", "caliper", "plan", "tool");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> caliper = (List<Map<String, Object>>) figures.get("caliper");
    assertThat((Double) caliper.get(0).get("caliperOverW1")).isEqualTo(0.9);
  }
}
