package io.timecoin.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.load.OutcomeRecorder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

  private static Measurement measured(String workload, double txPerSecond, double p50, double p99) {
    return new Measurement(
        workload,
        "closed c=4",
        10,
        (long) (txPerSecond * 10),
        Map.of(),
        txPerSecond,
        p50,
        p50,
        p99,
        p99,
        Map.of());
  }

  private static BenchReport report(List<WorkloadResult> workloads) {
    return new BenchReport(
        "2026-11-28T18:00:00Z",
        "test",
        true,
        new MachineInfo(2, 24_000, "Some CPU", "Linux 6", "17.0.15"),
        "3.0.0-snapshot-695dd57e",
        Map.of("BatchTimeout", "250ms", "MaxMessageCount", "100"),
        workloads,
        Targets.check(workloads));
  }

  private static WorkloadResult ran(String id, Measurement... ms) {
    return new WorkloadResult(id, id + " title", "", List.of(ms), Map.of(), List.of());
  }

  @Test
  void measurement_takes_percentiles_and_throughput_from_the_recorder() {
    OutcomeRecorder recorder = new OutcomeRecorder();
    for (int i = 1; i <= 100; i++) {
      recorder.recordSuccess(i * 1_000_000L);
    }
    recorder.recordFailure(new IllegalStateException());

    Measurement m = Measurement.of("W1", "closed c=1", 10_000_000_000L, recorder);

    assertThat(m.successes()).isEqualTo(100);
    assertThat(m.txPerSecond()).isEqualTo(10.0);
    assertThat(m.p50Millis()).isBetween(49.9, 50.1);
    assertThat(m.p95Millis()).isBetween(94.9, 95.1);
    assertThat(m.p99Millis()).isBetween(98.9, 99.1);
    assertThat(m.maxMillis()).isBetween(99.9, 100.1);
    assertThat(m.failures())
        .containsExactly(Map.entry("exception:java.lang.IllegalStateException", 1L));
  }

  @Test
  void markdown_has_one_row_per_measurement_and_says_why_a_workload_was_skipped() {
    Measurement w1 =
        new Measurement(
            "W1",
            "closed c=16",
            10,
            200,
            Map.of("invalid:MVCC_READ_CONFLICT", 3L),
            20,
            400.25,
            500,
            612.5,
            700,
            Map.of("retries", 4.0));

    String md =
        ReportMarkdown.render(
            report(
                List.of(
                    ran("W1", w1),
                    WorkloadResult.skipped("W2", "API earnings", "API not reachable"))));

    assertThat(md)
        .contains("| W1 | closed c=16 | 20.0 | 400.3 | 500.0 | 612.5 | 700.0 | 200 |")
        .contains("3 (invalid:MVCC_READ_CONFLICT 3) | retries 4 |")
        .contains("| W2 API earnings | skipped: API not reachable |")
        .contains("BatchTimeout 250ms, MaxMessageCount 100")
        .contains("2 cores, 24000 MiB, Some CPU")
        .contains("**Quick run**");
  }

  @Test
  void json_round_trips() {
    BenchReport original = report(List.of(ran("W0", measured("W0", 50, 300, 400))));

    BenchReport read = ReportJson.read(ReportJson.write(original));

    assertThat(read).isEqualTo(original);
  }

  @Test
  void targets_compare_ratios_and_limits_with_the_figures() {
    List<TargetCheck> checks =
        Targets.check(
            List.of(
                ran("W0", measured("W0", 100, 300, 400)),
                ran("W1", measured("W1", 50, 300, 400), measured("W1", 70, 300, 400)),
                ran("W4", measured("W4 client", 500, 5, 30), measured("W4 API", 400, 8, 61)),
                ran(
                    "W5",
                    measured("W5 100 entries", 50, 10, 20),
                    measured("W5 10000", 50, 14, 30))));

    assertThat(checks.subList(0, 5))
        .extracting(TargetCheck::verdict)
        .containsExactly("met", "not measured", "not measured", "missed", "met");
    // W7 did not run: its four targets are not measured.
    assertThat(checks.subList(5, checks.size()))
        .extracting(TargetCheck::verdict)
        .containsOnly("not measured")
        .hasSize(4);
    assertThat(checks.get(0).measured()).isEqualTo("W1 = 0.70 x W0 (70.0 / 100.0 tx/s)");
    assertThat(checks.get(3).measured()).startsWith("worst p99 61.0 ms");
  }

  @Test
  void w7_targets_compare_donations_with_w1_and_progress_at_100_000_with_100() {
    List<TargetCheck> checks =
        Targets.check(
            List.of(
                ran("W1", measured("W1", 50, 300, 400)),
                ran(
                    "W7",
                    measured("W7", 45, 320, 900),
                    measured("W7 progress@100", 200, 10, 20),
                    measured("W7 progress@100000", 200, 12, 30))));

    assertThat(checks.subList(5, 9))
        .extracting(TargetCheck::verdict)
        .containsExactly("met", "met", "missed", "met");
    assertThat(checks.get(6).measured()).isEqualTo("W7 = 0.90 x W1 (45.0 / 50.0 tx/s)");
    assertThat(checks.get(8).measured()).endsWith("= 1.50 x");
  }

  @Test
  void hot_account_target_needs_every_request_to_succeed() {
    Measurement failed =
        new Measurement(
            "W3",
            "closed c=32",
            20,
            63,
            Map.of("invalid:MVCC_READ_CONFLICT", 1L),
            3.1,
            1,
            1,
            1,
            1,
            Map.of("retriesPerRequest", 9.5));

    TargetCheck check = Targets.check(List.of(ran("W3", failed))).get(2);

    assertThat(check.verdict()).isEqualTo("missed");
    assertThat(check.measured()).isEqualTo("1 of 64 failed, 9.5 retries per request, 3.1 tx/s");
  }

  @Test
  void machine_info_reads_memory_and_cpu_model_from_proc_files() {
    assertThat(MachineInfo.memoryMib(List.of("MemFree: 1 kB", "MemTotal:  24576000 kB")))
        .isEqualTo(24_000);
    assertThat(MachineInfo.cpuModel(List.of("processor : 0", "model name\t: Test CPU @ 2GHz")))
        .isEqualTo("Test CPU @ 2GHz");
    assertThat(MachineInfo.cpuModel(List.of())).isEqualTo("unknown");
  }

  @Test
  void batch_comparison_has_one_row_per_setting_with_the_best_w1_and_w6_at_90_percent() {
    BenchReport fast =
        new BenchReport(
            "2026-11-28T18:00:00Z",
            "cmp",
            false,
            new MachineInfo(2, 1, "c", "o", "j"),
            "f",
            Map.of("BatchTimeout", "100ms", "MaxMessageCount", "100"),
            List.of(
                ran("W0", measured("W0", 90, 100, 200)),
                ran("W1", measured("W1", 40, 150, 300), measured("W1", 60, 250, 480)),
                ran("W6", measured("W6 50%", 30, 120, 200), measured("W6 90%", 54, 130, 410))),
            List.of());

    String md = BatchComparison.render(List.of(fast));

    assertThat(md)
        .contains(
            "| 100ms | 100 | 90.0 | 60.0 (closed c=4) | 250.0 / 480.0 | 54.0 | 130.0 / 410.0 |");
  }
}
