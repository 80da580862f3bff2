package io.timecoin.bench.report;

import io.timecoin.bench.load.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The targets, compared with a run's figures. A workload that did not run leaves its target
 * "not measured"; nothing here fails the run.
 */
public final class Targets {

  private Targets() {}

  /** Checks every target against {@code workloads}. */
  public static List<TargetCheck> check(List<WorkloadResult> workloads) {
    List<TargetCheck> checks = new ArrayList<>();
    checks.add(ratio(workloads, "W1", "W0", 0.6));
    checks.add(ratio(workloads, "W2", "W1", 0.85));
    checks.add(hotAccount(workloads));
    checks.add(apiReads(workloads));
    checks.add(pages(workloads));
    checks.addAll(W7Targets.check(workloads));
    if (workloads.stream().anyMatch(w -> w.id().startsWith("A"))) {
      checks.add(catchUp(workloads, "verify", "the block verifier"));
      checks.add(catchUp(workloads, "project", "the projection"));
      checks.add(liveLag(workloads));
      checks.add(auditQueries(workloads));
    }
    return checks;
  }

  private static TargetCheck catchUp(List<WorkloadResult> workloads, String figure, String what) {
    String target = "A2 catch-up of " + what + " from block 0 >= 10 x W1 (tx/s)";
    Optional<WorkloadResult> a2 = ran(workloads, "A2");
    Double ratio = a2.map(w -> w.figures().get(figure + " x W1")).orElse(null);
    if (ratio == null) {
      return new TargetCheck(target, "-", "not measured");
    }
    Map<String, Double> f = a2.get().figures();
    return new TargetCheck(
        target,
        format(
            "%.1f x W1 (%.0f tx/s, %.1f blocks/s; W1 %.1f tx/s)",
            ratio,
            f.getOrDefault(figure + " tx/s", 0.0),
            f.getOrDefault(figure + " blocks/s", 0.0),
            f.getOrDefault("w1MaxTxPerSecond", 0.0)),
        ratio >= 10 ? "met" : "missed");
  }

  private static TargetCheck liveLag(List<WorkloadResult> workloads) {
    String target = "A3 live lag behind the chain tip at W6 90%: p99 < 2 blocks";
    Optional<WorkloadResult> a3 = ran(workloads, "A3");
    if (a3.isEmpty() || !a3.get().figures().containsKey("lag p99 blocks")) {
      return new TargetCheck(target, "-", "not measured");
    }
    Map<String, Double> f = a3.get().figures();
    double p99 = f.get("lag p99 blocks");
    return new TargetCheck(
        target,
        format(
            "p99 %.0f, max %.0f, p50 %.0f blocks over %.0f samples",
            p99,
            f.getOrDefault("lag max blocks", 0.0),
            f.getOrDefault("lag p50 blocks", 0.0),
            f.getOrDefault("lag samples", 0.0)),
        p99 < 2 ? "met" : "missed");
  }

  private static TargetCheck auditQueries(List<WorkloadResult> workloads) {
    String target = "A4 audit queries: p99 <= 100 ms";
    Optional<Measurement> worst =
        ran(workloads, "A4").stream()
            .flatMap(w -> w.measurements().stream())
            .max((a, b) -> Double.compare(a.p99Millis(), b.p99Millis()));
    if (worst.isEmpty()) {
      return new TargetCheck(target, "-", "not measured");
    }
    return new TargetCheck(
        target,
        format("worst p99 %.1f ms (%s)", worst.get().p99Millis(), worst.get().workload()),
        worst.get().p99Millis() <= 100 ? "met" : "missed");
  }

  private static TargetCheck ratio(
      List<WorkloadResult> workloads, String measured, String base, double factor) {
    String target = measured + " >= " + factor + " x " + base + " (tx/s)";
    Optional<WorkloadResult> m = ran(workloads, measured);
    Optional<WorkloadResult> b = ran(workloads, base);
    if (m.isEmpty() || b.isEmpty() || b.get().bestTxPerSecond() == 0) {
      return new TargetCheck(target, "-", "not measured");
    }
    double ratio = m.get().bestTxPerSecond() / b.get().bestTxPerSecond();
    return new TargetCheck(
        target,
        format(
            "%s = %.2f x %s (%.1f / %.1f tx/s)",
            measured, ratio, base, m.get().bestTxPerSecond(), b.get().bestTxPerSecond()),
        ratio >= factor ? "met" : "missed");
  }

  private static TargetCheck hotAccount(List<WorkloadResult> workloads) {
    String target = "W3: zero failed requests; retries per request reported";
    Optional<WorkloadResult> w3 = ran(workloads, "W3");
    if (w3.isEmpty() || w3.get().measurements().isEmpty()) {
      return new TargetCheck(target, "-", "not measured");
    }
    Measurement m = w3.get().measurements().get(0);
    double retries = m.extra().getOrDefault("retriesPerRequest", Double.NaN);
    return new TargetCheck(
        target,
        format(
            "%d of %d failed, %.1f retries per request, %.1f tx/s",
            m.failureCount(), m.successes() + m.failureCount(), retries, m.txPerSecond()),
        m.failureCount() == 0 ? "met" : "missed");
  }

  private static TargetCheck apiReads(List<WorkloadResult> workloads) {
    String target = "W4 through the API: p99 <= 50 ms";
    Optional<Measurement> api =
        ran(workloads, "W4").stream()
            .flatMap(w -> w.measurements().stream())
            .filter(m -> m.workload().contains("API"))
            .max((a, b) -> Double.compare(a.p99Millis(), b.p99Millis()));
    if (api.isEmpty()) {
      return new TargetCheck(target, "-", "not measured");
    }
    return new TargetCheck(
        target,
        format("worst p99 %.1f ms (%s)", api.get().p99Millis(), api.get().mode()),
        api.get().p99Millis() <= 50 ? "met" : "missed");
  }

  private static TargetCheck pages(List<WorkloadResult> workloads) {
    String target = "W5: p50 with 10,000 entries <= 1.5 x p50 with 100 entries";
    List<Measurement> w5 = ran(workloads, "W5").map(WorkloadResult::measurements).orElse(List.of());
    if (w5.size() < 2 || w5.get(0).p50Millis() == 0) {
      return new TargetCheck(target, "-", "not measured");
    }
    Measurement small = w5.get(0);
    Measurement large = w5.get(w5.size() - 1);
    double ratio = large.p50Millis() / small.p50Millis();
    return new TargetCheck(
        target,
        format(
            "%s / %s: p50 %.1f / %.1f ms = %.2f x",
            large.workload(), small.workload(), large.p50Millis(), small.p50Millis(), ratio),
        ratio <= 1.5 ? "met" : "missed");
  }

  static Optional<WorkloadResult> ran(List<WorkloadResult> workloads, String id) {
    return workloads.stream().filter(w -> w.id().equals(id) && w.skipped().isEmpty()).findFirst();
  }

  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
