package io.timecoin.bench.report;

import io.timecoin.bench.load.Measurement;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a {@link BenchReport} as the Markdown page committed next to its JSON. */
public final class ReportMarkdown {

  private ReportMarkdown() {}

  /** The whole page. */
  public static String render(BenchReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# timecoin benchmark ")
        .append(r.date())
        .append(" (")
        .append(r.label())
        .append(")\n\n");
    if (r.quick()) {
      md.append("**Quick run**: short measurements, smoke figures only; not the full run.\n\n");
    }
    MachineInfo m = r.machine();
    md.append(
        String.format(
            Locale.ROOT,
            "- Machine: %d cores, %d MiB, %s; %s; Java %s%n",
            m.cores(),
            m.memoryMib(),
            m.cpuModel(),
            m.os(),
            m.java()));
    md.append("- Fabric: ").append(r.fabricVersion()).append('\n');
    md.append("- Network: ")
        .append(
            r.network().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")))
        .append("\n\n");
    md.append(
        "| Workload | Mode | tx/s | p50 ms | p95 ms | p99 ms | max ms | ok | failed (by cause)"
            + " | other |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (WorkloadResult w : r.workloads()) {
      if (!w.skipped().isEmpty()) {
        md.append("| ").append(w.id()).append(" ").append(w.title());
        md.append(" | skipped: ").append(w.skipped()).append(" | | | | | | | | |\n");
        continue;
      }
      for (Measurement x : w.measurements()) {
        md.append(row(x));
      }
    }
    md.append("\n## Targets\n\n| Target | Measured | Verdict |\n|---|---|---|\n");
    for (TargetCheck t : r.targets()) {
      md.append("| ")
          .append(t.target())
          .append(" | ")
          .append(t.measured())
          .append(" | ")
          .append(t.verdict())
          .append(" |\n");
    }
    md.append("\n## Notes\n\n");
    for (WorkloadResult w : r.workloads()) {
      md.append("- **").append(w.id()).append("** ").append(w.title());
      if (!w.skipped().isEmpty()) {
        md.append(": skipped (").append(w.skipped()).append(")");
      }
      md.append('\n');
      w.figures().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e ->
                  md.append("  - ")
                      .append(e.getKey())
                      .append(": ")
                      .append(number(e.getValue()))
                      .append('\n'));
      w.notes().forEach(n -> md.append("  - ").append(n).append('\n'));
    }
    return md.toString();
  }

  /** One table row of a measurement. */
  static String row(Measurement x) {
    String failures =
        x.failures().isEmpty()
            ? "0"
            : x.failureCount()
                + " ("
                + x.failures().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))
                + ")";
    String other =
        x.extra().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey() + " " + number(e.getValue()))
            .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %s | %s |%n",
        x.workload(),
        x.mode(),
        x.txPerSecond(),
        x.p50Millis(),
        x.p95Millis(),
        x.p99Millis(),
        x.maxMillis(),
        x.successes(),
        failures,
        other);
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
