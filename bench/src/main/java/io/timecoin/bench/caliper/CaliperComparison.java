package io.timecoin.bench.caliper;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.BenchReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The page that puts Caliper's figures beside W1's, level by level, with a verdict against the
 * issue's 15% and, where they differ, what the figures say about which one is off: Little's law
 * (committed rate = requests in flight / latency) tells a controller that kept fewer requests in
 * flight than W1's workers apart from a network or a client that was slower.
 */
public final class CaliperComparison {

  /** The bound: the two tools agree when Caliper's rate is within 15% of W1's. */
  static final double TOLERANCE = 0.15;

  private CaliperComparison() {}

  /**
   * The Markdown page.
   *
   * @param w1 the bench report of the W1 run just before Caliper's.
   * @param rounds Caliper's rounds, as {@link CaliperRounds#read} gives them.
   * @param tool the Caliper version and connector binding that ran.
   * @param files where Caliper's own report and log are, for the reader.
   */
  public static String markdown(
      BenchReport w1, List<CaliperRound> rounds, String tool, String files) {
    StringBuilder md = new StringBuilder();
    md.append("# W1 and Hyperledger Caliper side by side, ")
        .append(w1.date())
        .append(" (")
        .append(w1.label())
        .append(")\n\n");
    md.append("Same network, same write: timecoin's `RecordEarning` of 0.01 coins to an account")
        .append(" that has no other earning in flight, signed by the platform's `platform-ops`")
        .append(" operator, sent to the platform's gateway peer, which plans the MAJORITY")
        .append(" endorsement (2 of 3) for both. W1 (the bench's own load generator, through")
        .append(" `ledger-client`) ran first; Caliper (")
        .append(tool)
        .append(", one worker process) ran right after it with its own accounts. Network: ")
        .append(network(w1))
        .append(". Machine: ")
        .append(w1.machine().cores())
        .append(" cores. Caliper's own report and log: ")
        .append(files)
        .append(".\n\n");
    md.append("## Closed loop against Caliper's fixed-load controller\n\n");
    md.append("W1 runs c workers, each sending its next earning when the last one committed;")
        .append(" Caliper's `fixed-load` controller aims at c earnings unfinished. tx/s are")
        .append(" committed (valid) transactions per second; Caliper's p50/p99 are from its own")
        .append(" create and finish times of each transaction (its report gives min/avg/max).\n\n");
    md.append(
        "| c | W1 tx/s | W1 p50 / p99 ms | Caliper tx/s | Caliper p50 / p99 ms | Caliper avg / max"
            + " s | Caliper failed | in flight, mean / max | load avg | Caliper / W1 | verdict |\n");
    md.append("|---:|---:|---|---:|---|---|---:|---|---:|---:|---|\n");
    List<String> notes = new java.util.ArrayList<>();
    int compared = 0;
    int agreed = 0;
    for (CaliperRound r : rounds) {
      if (!r.round().kind().equals(CaliperPlan.Round.FIXED_LOAD)) {
        continue;
      }
      Optional<Measurement> m = w1At(w1, r.round().concurrency());
      double ratio =
          m.map(x -> x.txPerSecond() > 0 ? r.committedPerSecond() / x.txPerSecond() : 0)
              .orElse(Double.NaN);
      boolean agree = Math.abs(ratio - 1) <= TOLERANCE;
      compared++;
      agreed += agree ? 1 : 0;
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s | %s | %s | %s / %s | %d | %s / %d | %s | %s | %s |%n",
              r.round().concurrency(),
              m.map(x -> one(x.txPerSecond())).orElse("-"),
              m.map(x -> zero(x.p50Millis()) + " / " + zero(x.p99Millis())).orElse("-"),
              one(r.committedPerSecond()),
              zero(r.p50Millis()) + " / " + zero(r.p99Millis()),
              two(r.avgLatencySeconds()),
              two(r.maxLatencySeconds()),
              r.fail(),
              one(r.inFlightMean()),
              r.inFlightMax(),
              one(r.loadMean()),
              two(ratio),
              agree ? "agree (within 15%)" : "**differ by " + percent(ratio - 1) + "**"));
      m.ifPresent(x -> notes.addAll(explain(r, x, agree)));
    }
    md.append("\n");
    md.append(
        compared == agreed
            ? "**All " + compared + " levels agree within 15%.**\n\n"
            : "**"
                + (compared - agreed)
                + " of "
                + compared
                + " levels differ by more than 15%;"
                + " why is below.**\n\n");
    fixedRate(md, w1, rounds);
    md.append("## Reading it\n\n");
    md.append("- Little's law: a loop's committed rate is what it keeps in flight divided by its")
        .append(" mean latency. A tool that keeps fewer requests in flight than the other commits")
        .append(" less at the same latency; that is the load generator, not the network.\n");
    md.append("- Caliper counts from its proposal's creation to the commit status; W1 counts the")
        .append(" whole `ledger-client` call (its JSON, retries and bookkeeping on top). W1's")
        .append(" retries after read conflicts are in its own report; Caliper's connector never")
        .append(" retries, so a conflict is a Caliper failure.\n");
    md.append("- The two ran one after the other on a machine shared with other work: the load")
        .append(" average column says how busy it was during each Caliper round (W1's report has")
        .append(" its own).\n");
    for (String note : notes) {
      md.append("- ").append(note).append("\n");
    }
    return md.toString();
  }

  private static void fixedRate(StringBuilder md, BenchReport w1, List<CaliperRound> rounds) {
    if (rounds.stream().noneMatch(r -> r.round().kind().equals(CaliperPlan.Round.FIXED_RATE))) {
      return;
    }
    md.append("## Caliper offering W1's committed rate (fixed-rate)\n\n");
    md.append("The check from the other side: if W1's figure is what the network commits, Caliper")
        .append(" sending at that rate sees it committed without a queue building up (p99 near")
        .append(" W1's, few in flight).\n\n");
    md.append(
        "| W1 level | offered tx/s | Caliper committed tx/s | p50 / p99 ms | failed | in flight,"
            + " mean / max | load avg | committed / offered | verdict |\n");
    md.append("|---:|---:|---:|---|---:|---|---:|---:|---|\n");
    for (CaliperRound r : rounds) {
      if (!r.round().kind().equals(CaliperPlan.Round.FIXED_RATE)) {
        continue;
      }
      double ratio = r.round().tps() > 0 ? r.committedPerSecond() / r.round().tps() : 0;
      boolean kept = ratio >= 1 - TOLERANCE && r.fail() == 0;
      md.append(
          String.format(
              Locale.ROOT,
              "| c=%d | %s | %s | %s | %d | %s / %d | %s | %s | %s |%n",
              r.round().concurrency(),
              one(r.round().tps()),
              one(r.committedPerSecond()),
              zero(r.p50Millis()) + " / " + zero(r.p99Millis()),
              r.fail(),
              one(r.inFlightMean()),
              r.inFlightMax(),
              one(r.loadMean()),
              two(ratio),
              kept ? "kept up: W1's rate confirmed" : "**fell behind W1's rate**"));
    }
    md.append("\n");
  }

  /** Why a fixed-load level differs from W1's (or a caution where it agrees only by chance). */
  static List<String> explain(CaliperRound r, Measurement w1, boolean agree) {
    int c = r.round().concurrency();
    List<String> notes = new java.util.ArrayList<>();
    if (r.sharedAccountRequests() > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "c=%d: %d Caliper earnings went to an account that already had one in flight (the"
                  + " account pool ran out); they may have failed as read conflicts.",
              c,
              r.sharedAccountRequests()));
    }
    if (agree) {
      return notes;
    }
    double caliperLatency = r.avgLatencySeconds();
    double littleCaliper = caliperLatency > 0 ? r.inFlightMean() / caliperLatency : Double.NaN;
    double w1Latency = w1.p50Millis() / 1000;
    double littleW1 = w1Latency > 0 ? c / w1Latency : Double.NaN;
    StringBuilder why = new StringBuilder(String.format(Locale.ROOT, "c=%d: ", c));
    why.append(
        String.format(
            Locale.ROOT,
            "Caliper kept %.1f earnings in flight on average (W1: %d) at a mean latency of %.0f ms,"
                + " which by Little's law commits %.1f tx/s (it committed %.1f); W1's %d workers at"
                + " its p50 of %.0f ms commit about %.1f tx/s (it measured %.1f). ",
            r.inFlightMean(),
            c,
            caliperLatency * 1000,
            littleCaliper,
            r.committedPerSecond(),
            c,
            w1.p50Millis(),
            littleW1,
            w1.txPerSecond()));
    if (r.inFlightMean() < c * (1 - TOLERANCE)) {
      why.append(
          "Caliper held fewer earnings in flight than W1's workers: its fixed-load controller"
              + " sleeps about one mean latency each time the backlog goes over its target, so the"
              + " gap is Caliper's load, not the network or W1.");
    } else if (r.p50Millis() > w1.p50Millis() * (1 + TOLERANCE)) {
      why.append(
          "Caliper had W1's number in flight but each earning took longer: the network (or the"
              + " machine, see the load average) was slower while Caliper ran, or Caliper's"
              + " client adds time; the fixed-rate round tells which.");
    } else if (r.fail() > 0) {
      why.append("Caliper's failures (its log names their causes) account for the gap.");
    } else {
      why.append(
          "Neither in-flight count nor latency explains it: the machine's load changed between"
              + " the two runs (compare the load averages).");
    }
    notes.add(why.toString());
    return notes;
  }

  /** The figures for the JSON file beside the page. */
  public static Map<String, Object> figures(
      BenchReport w1, CaliperPlan plan, List<CaliperRound> rounds, String tool) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("date", w1.date());
    out.put("label", w1.label());
    out.put("tool", tool);
    out.put("network", w1.network());
    out.put("plan", plan);
    Map<String, Object> w1Levels = new LinkedHashMap<>();
    for (int c : plan.w1Rates().keySet()) {
      w1At(w1, c).ifPresent(m -> w1Levels.put("c=" + c, m));
    }
    out.put("w1", w1Levels);
    List<Map<String, Object>> caliper = new java.util.ArrayList<>();
    for (CaliperRound r : rounds) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("round", r);
      row.put("committedPerSecond", r.committedPerSecond());
      w1At(w1, r.round().concurrency())
          .filter(m -> m.txPerSecond() > 0)
          .ifPresent(m -> row.put("caliperOverW1", r.committedPerSecond() / m.txPerSecond()));
      caliper.add(row);
    }
    out.put("caliper", caliper);
    return out;
  }

  private static Optional<Measurement> w1At(BenchReport w1, int c) {
    return w1.workloads().stream()
        .filter(w -> w.id().equals("W1"))
        .flatMap(w -> w.measurements().stream())
        .filter(m -> m.mode().equals("closed c=" + c))
        .findFirst();
  }

  private static String network(BenchReport w1) {
    Map<String, String> n = w1.network();
    return "BatchTimeout "
        + n.getOrDefault("BatchTimeout", "?")
        + ", MaxMessageCount "
        + n.getOrDefault("MaxMessageCount", "?")
        + ", "
        + n.getOrDefault("orderers", "?")
        + " orderer(s), "
        + n.getOrDefault("peers", "3 peers")
        + ", Fabric "
        + w1.fabricVersion();
  }

  private static String zero(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
  }

  private static String one(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String two(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String percent(double v) {
    return String.format(Locale.ROOT, "%+.0f%%", v * 100);
  }
}
