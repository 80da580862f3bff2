package io.timecoin.bench.report;

import io.timecoin.bench.load.Measurement;
import java.util.List;
import java.util.Optional;

/**
 * The targets of W7 (donations to one project): no failed donation, at least 0.8 x W1's best tx/s,
 * p99 at most 2 x W1's p99 at the same concurrency, and the progress query's p99 on the big project
 * at most 2 x its p99 on a project of 100 donations.
 */
final class W7Targets {

  private W7Targets() {}

  static List<TargetCheck> check(List<WorkloadResult> workloads) {
    Optional<Measurement> w7 = measurement(workloads, "W7", "W7");
    Optional<WorkloadResult> w1 = Targets.ran(workloads, "W1");
    String failed = "W7: zero failed donations";
    String rate = "W7 >= 0.8 x W1 (tx/s)";
    String tail = "W7 p99 <= 2 x W1 p99 (same concurrency)";
    String progress = "W7 progress query p99 at 100,000 donations <= 2 x p99 at 100";
    if (w7.isEmpty()) {
      return List.of(
          new TargetCheck(failed, "-", "not measured"),
          new TargetCheck(rate, "-", "not measured"),
          new TargetCheck(tail, "-", "not measured"),
          new TargetCheck(progress, "-", "not measured"));
    }
    Measurement d = w7.get();
    TargetCheck failures =
        new TargetCheck(
            failed,
            Targets.format(
                "%d of %d failed, %.0f retries",
                d.failureCount(),
                d.successes() + d.failureCount(),
                d.extra().getOrDefault("retries", 0.0)),
            d.failureCount() == 0 ? "met" : "missed");
    TargetCheck throughput = new TargetCheck(rate, "-", "not measured");
    TargetCheck latency = new TargetCheck(tail, "-", "not measured");
    if (w1.isPresent() && w1.get().bestTxPerSecond() > 0) {
      double ratio = d.txPerSecond() / w1.get().bestTxPerSecond();
      throughput =
          new TargetCheck(
              rate,
              Targets.format(
                  "W7 = %.2f x W1 (%.1f / %.1f tx/s)",
                  ratio, d.txPerSecond(), w1.get().bestTxPerSecond()),
              ratio >= 0.8 ? "met" : "missed");
      Optional<Measurement> w1Same =
          w1.get().measurements().stream().filter(m -> m.mode().equals(d.mode())).findFirst();
      if (w1Same.isPresent() && w1Same.get().p99Millis() > 0) {
        double p99Ratio = d.p99Millis() / w1Same.get().p99Millis();
        latency =
            new TargetCheck(
                tail,
                Targets.format(
                    "p99 %.0f / %.0f ms = %.2f x (%s)",
                    d.p99Millis(), w1Same.get().p99Millis(), p99Ratio, d.mode()),
                p99Ratio <= 2 ? "met" : "missed");
      }
    }
    List<Measurement> reads =
        Targets.ran(workloads, "W7").stream()
            .flatMap(w -> w.measurements().stream())
            .filter(m -> m.workload().startsWith("W7 progress@"))
            .toList();
    TargetCheck query = new TargetCheck(progress, "-", "not measured");
    if (reads.size() == 2 && reads.get(0).p99Millis() > 0) {
      Measurement small = reads.get(0);
      Measurement large = reads.get(1);
      double ratio = large.p99Millis() / small.p99Millis();
      boolean fullSize = large.workload().endsWith("@100000") || rowsOf(large) >= 100_000;
      query =
          new TargetCheck(
              progress,
              Targets.format(
                  "%s / %s: p99 %.1f / %.1f ms = %.2f x",
                  large.workload(), small.workload(), large.p99Millis(), small.p99Millis(), ratio),
              !fullSize ? "not measured at 100,000" : ratio <= 2 ? "met" : "missed");
    }
    return List.of(failures, throughput, latency, query);
  }

  private static long rowsOf(Measurement m) {
    String text = m.workload().substring(m.workload().indexOf('@') + 1);
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Optional<Measurement> measurement(
      List<WorkloadResult> workloads, String id, String name) {
    return Targets.ran(workloads, id).stream()
        .flatMap(w -> w.measurements().stream())
        .filter(m -> m.workload().equals(name))
        .findFirst();
  }
}
