package io.timecoin.bench.caliper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaliperRoundsTest {

  /** Caliper 0.6.0's summary table as its report template lays it out. */
  static String report(String... rows) {
    StringBuilder html =
        new StringBuilder(
            "<html><body><div class=\"left\"><a href=\"#benchmarksummary\">Summary</a></div>\n"
                + "<div style=\"border-bottom: 1px solid #d9d9d9;\" id=\"benchmarksummary\">\n"
                + "<table style=\"min-width: 100%;\">\n<h3>Summary of performance metrics</h3>\n"
                + "<tr>\n <th>Name</th> <th>Succ</th> <th>Fail</th> <th>Send Rate (TPS)</th>"
                + " <th>Max Latency (s)</th> <th>Min Latency (s)</th> <th>Avg Latency (s)</th>"
                + " <th>Throughput (TPS)</th>\n</tr>\n");
    for (String row : rows) {
      html.append("<tr>\n");
      for (String cell : row.split(",")) {
        html.append(" <td>").append(cell).append("</td>");
      }
      html.append("\n</tr>\n");
    }
    html.append("</table>\n</div>\n<div id=\"fixed-load-c4\"><table><tr><td>other</td></tr>");
    return html.append("</table></div></body></html>").toString();
  }

  static void record(Path dir, int round, String label, String txs, double inFlight)
      throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("round-" + round + "-worker-0.json"),
        "{\"round\":"
            + round
            + ",\"label\":\""
            + label
            + "\",\"worker\":0,\"accounts\":64,\"sharedAccountRequests\":0,\"inFlightMean\":"
            + inFlight
            + ",\"inFlightMax\":5,\"loadAverage\":[10.5,12.5],\"cpuMillis\":80.0,\"txs\":"
            + txs
            + "}");
  }

  @Test
  void the_summary_table_is_read_by_column_title() {
    Map<String, Map<String, String>> summary =
        CaliperRounds.summary(report("fixed-load-c4,300,2,10.1,1.20,0.25,0.40,9.9"));

    assertThat(summary).containsOnlyKeys("fixed-load-c4");
    assertThat(summary.get("fixed-load-c4"))
        .containsEntry("Succ", "300")
        .containsEntry("Fail", "2")
        .containsEntry("Avg Latency (s)", "0.40")
        .containsEntry("Throughput (TPS)", "9.9");
  }

  @Test
  void a_page_without_the_summary_is_not_a_caliper_report() {
    assertThatThrownBy(() -> CaliperRounds.summary("<html>nothing</html>"))
        .hasMessageContaining("not a Caliper report");
  }

  @Test
  void rounds_join_caliper_figures_with_the_modules_records(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("report.html");
    Files.writeString(
        html,
        report(
            "closed-loop-c4,2,0,10.0,0.50,0.10,0.30,8.0",
            "fixed-load-c4,4,1,10.0,0.50,0.10,0.30,9.0",
            "fixed-rate-c4,3,0,10.0,0.40,0.10,0.20,10.0"));
    Path records = dir.resolve("records");
    // latencies 100, 200, 300, 500 ms committed, one failed (not in the percentiles)
    record(
        records, 0, "fixed-load-c4", "[[0,100,1],[0,200,1],[10,310,1],[0,500,1],[0,900,0]]", 3.5);
    record(records, 1, "fixed-rate-c4", "[[0,100,1],[0,100,1],[0,100,1]]", 1.0);
    CaliperPlan plan = new CaliperPlan("cal1a", 10, Map.of(4, 10.0));

    List<CaliperRound> rounds = CaliperRounds.read(plan, html, records);

    assertThat(rounds).hasSize(3);
    assertThat(rounds.get(0).round()).isEqualTo(new CaliperPlan.Round("closed-loop", 4, 0));
    // a round without records still has Caliper's figures, and no recorded successes
    assertThat(rounds.get(0).succ()).isEqualTo(2);
    assertThat(rounds.get(0).recordedSucc()).isZero();
    CaliperRound load = rounds.get(1);
    assertThat(load.round()).isEqualTo(new CaliperPlan.Round("fixed-load", 4, 0));
    assertThat(load.succ()).isEqualTo(4);
    assertThat(load.fail()).isEqualTo(1);
    assertThat(load.recordedSucc()).isEqualTo(4);
    assertThat(load.throughput()).isEqualTo(9.0);
    // committed: Caliper's throughput less the failed fifth
    assertThat(load.committedPerSecond()).isEqualTo(7.2);
    assertThat(load.p50Millis()).isEqualTo(200);
    assertThat(load.p99Millis()).isEqualTo(500);
    assertThat(load.inFlightMean()).isEqualTo(3.5);
    assertThat(load.loadMean()).isEqualTo(11.5);
    assertThat(load.loadMax()).isEqualTo(12.5);
    assertThat(load.clientCpuMillisPerTx()).isEqualTo(20.0);
    assertThat(rounds.get(0).clientCpuMillisPerTx()).isNaN();
    assertThat(rounds.get(2).round()).isEqualTo(new CaliperPlan.Round("fixed-rate", 4, 10.0));
    assertThat(rounds.get(2).committedPerSecond()).isEqualTo(10.0);
  }

  @Test
  void a_round_caliper_did_not_report_is_named(@TempDir Path dir) throws IOException {
    Path html = dir.resolve("report.html");
    Files.writeString(
        html,
        report(
            "closed-loop-c4,4,0,10.0,0.50,0.10,0.30,9.0",
            "fixed-load-c4,4,0,10.0,0.50,0.10,0.30,9.0"));
    CaliperPlan plan = new CaliperPlan("cal1a", 10, Map.of(4, 10.0));

    assertThatThrownBy(() -> CaliperRounds.read(plan, html, dir.resolve("records")))
        .hasMessageContaining("no summary row for round fixed-rate-c4");
  }

  @Test
  void nearest_rank_percentiles() {
    long[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    assertThat(CaliperRounds.percentile(values, 50)).isEqualTo(5);
    assertThat(CaliperRounds.percentile(values, 99)).isEqualTo(10);
    assertThat(CaliperRounds.percentile(new long[0], 50)).isZero();
  }
}
