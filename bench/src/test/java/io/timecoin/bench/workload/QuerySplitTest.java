package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuerySplitTest {

  private static final long MS = 1_000_000L;

  @Test
  void the_tail_is_the_runs_at_or_above_the_p99_and_their_mean_parts() {
    List<QuerySplit> runs = new ArrayList<>();
    for (int i = 0; i < 297; i++) {
      runs.add(split(2, 1, 0, 0.5, 0, 0));
    }
    // The three slowest of 300: nearest-rank p99 is the 297th, so the tail holds 298-300 and the
    // 297th (four runs, one of them fast).
    runs.add(split(100, 2, 60, 1, 30, 0));
    runs.add(split(120, 3, 70, 1, 40, 0));
    runs.add(split(140, 2, 80, 1.5, 30, 20));

    Map<String, Double> tail = QuerySplit.figures(runs);

    assertThat(tail)
        .containsEntry("db slices", 5.0) // (297 x 5 + 3 x 9) / 300 = 5.04, one decimal
        .containsEntry("tail runs", 4.0)
        .containsEntry("tail ms", (2 + 100 + 120 + 140) / 4.0)
        .containsEntry("tail client cpu ms", (1 + 2 + 3 + 2) / 4.0)
        .containsEntry("tail client wait ms", (0 + 60 + 70 + 80) / 4.0)
        .containsEntry("tail db cpu ms", (0.5 + 1 + 1 + 1.5) / 4.0)
        .containsEntry("tail db wait ms", (0 + 30 + 40 + 30) / 4.0)
        .containsEntry("tail gc ms", 20 / 4.0);
  }

  @Test
  void means_are_in_milliseconds_with_one_decimal() {
    Map<String, Double> tail = QuerySplit.figures(List.of(split(1.26, 0.04, 0, 0, 0, 0)));
    assertThat(tail).containsEntry("tail runs", 1.0).containsEntry("tail ms", 1.3);
    assertThat(tail).containsEntry("tail client cpu ms", 0.0);
  }

  private static QuerySplit split(
      double wallMs,
      double clientCpuMs,
      double clientWaitMs,
      double dbCpuMs,
      double dbWaitMs,
      double gcMs) {
    return new QuerySplit(
        ns(wallMs),
        new SchedStat(ns(clientCpuMs), ns(clientWaitMs), 2),
        new SchedStat(ns(dbCpuMs), ns(dbWaitMs), wallMs > 50 ? 9 : 5),
        ns(gcMs));
  }

  private static long ns(double millis) {
    return Math.round(millis * MS);
  }

  @Test
  void no_runs_give_no_figures() {
    assertThat(QuerySplit.figures(List.of())).isEmpty();
  }
}
