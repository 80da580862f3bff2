package io.timecoin.bench.report;

import io.timecoin.bench.load.Measurement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Puts the reports of one {@code --batch-timeouts} comparison side by side: per BatchTimeout the
 * ceiling (W0), W1's best throughput and its latency there, and W6's latency at 90% of W1. The
 * default should be the setting with the best latency at full throughput; this table is the
 * evidence for that choice.
 */
public final class BatchComparison {

  private BatchComparison() {}

  /** The comparison page for {@code reports}, in the order given. */
  public static String render(List<BenchReport> reports) {
    StringBuilder md = new StringBuilder("# Batch settings compared\n\n");
    md.append(
        "| BatchTimeout | MaxMessageCount | W0 best tx/s | W1 best tx/s | W1 p50 / p99 ms at"
            + " best | W6 90% tx/s | W6 90% p50 / p99 ms | results |\n");
    md.append("|---|---:|---:|---:|---|---:|---|---|\n");
    for (BenchReport r : reports) {
      Optional<Measurement> w1 = best(r, "W1");
      Optional<Measurement> w6 = find(r, "W6", m -> m.workload().equals("W6 90%"));
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
              r.network().getOrDefault("BatchTimeout", "?"),
              r.network().getOrDefault("MaxMessageCount", "?"),
              best(r, "W0").map(m -> one(m.txPerSecond())).orElse("-"),
              w1.map(m -> one(m.txPerSecond()) + " (" + m.mode() + ")").orElse("-"),
              w1.map(m -> one(m.p50Millis()) + " / " + one(m.p99Millis())).orElse("-"),
              w6.map(m -> one(m.txPerSecond())).orElse("-"),
              w6.map(m -> one(m.p50Millis()) + " / " + one(m.p99Millis())).orElse("-"),
              r.date() + " " + r.label()));
    }
    md.append(
        "\nPick the BatchTimeout whose W1 best tx/s is within a few percent of the highest and"
            + " whose W6 90% p99 is lowest; record the choice and these figures in"
            + " network-config/README.md.\n");
    return md.toString();
  }

  private static Optional<Measurement> best(BenchReport r, String id) {
    return find(r, id, m -> true);
  }

  private static Optional<Measurement> find(
      BenchReport r, String id, Predicate<Measurement> which) {
    return r.workloads().stream()
        .filter(w -> w.id().equals(id) && w.skipped().isEmpty())
        .flatMap(w -> w.measurements().stream())
        .filter(which)
        .max(Comparator.comparingDouble(Measurement::txPerSecond));
  }

  private static String one(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /**
   * Writes the comparison of the given JSON reports.
   *
   * @param args the output Markdown file, then the JSON reports.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: BatchComparison OUT.md REPORT.json...");
    }
    List<BenchReport> reports = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      reports.add(ReportJson.read(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
    }
    Files.writeString(Path.of(args[0]), render(reports), StandardCharsets.UTF_8);
  }
}
