package io.timecoin.bench.caliper;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.BenchReport;
import io.timecoin.bench.report.WorkloadResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The page that puts Caliper's figures beside W1's, level by level, with a verdict against the
 * issue's 15% and, where they differ, which side is off. The tool is Little's law: a closed loop's
 * committed rate is its number in flight over its mean time per request, so Caliper / W1 splits
 * into an in-flight factor (the load generator's doing) and a latency factor (how long each earning
 * took: the network, the client, or a busier machine).
 */
public final class CaliperComparison {

  /** The bound: the two tools agree when Caliper's rate is within 15% of W1's. */
  static final double TOLERANCE = 0.15;

  /** W1's figure of the machine's mean 1-minute load average while it ran. */
  static final String W1_LOAD = "load average (1 min) mean";

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
        .append(" cores, shared with other work. Caliper's own report and log: ")
        .append(files)
        .append(".\n\n");
    List<String> notes = new ArrayList<>();
    closedLoop(md, w1, rounds, notes);
    controllers(md, w1, rounds);
    md.append("## Reading it\n\n");
    md.append("- tx/s are committed (valid) transactions per second. Caliper's come from its")
        .append(" report (throughput less its failures' share); its p50/p99 from its own create")
        .append(
            " and finish time of each transaction (the report gives min/avg/max); the in-flight")
        .append(" mean is time-weighted.\n");
    md.append("- Little's law: a closed loop commits (earnings in flight) / (mean time per")
        .append(" earning); W1's mean time is c / its tx/s. So Caliper / W1 = (Caliper's mean in")
        .append(" flight / c) x (W1's mean time / Caliper's mean time): the first factor is the")
        .append(" load generator's, the second how long each earning took.\n");
    md.append("- Caliper counts from its proposal's creation to the commit status; W1 counts the")
        .append(
            " whole `ledger-client` call (its JSON, retries and bookkeeping too). W1 counts its")
        .append(
            " retries after read conflicts; Caliper's connector never retries, so a conflict is")
        .append(" a Caliper failure (its log names the cause).\n");
    md.append("- The two ran one after the other on a shared machine: compare the load averages.")
        .append(" On a machine that busy, a client's own CPU per earning becomes latency (it waits")
        .append(" for a core): Caliper's worker process's CPU per committed earning is in the")
        .append(" table; the bench JVM's is the `load-generator` row of a `--saturation` run.\n");
    for (String note : notes) {
      md.append("- ").append(note).append("\n");
    }
    return md.toString();
  }

  private static void closedLoop(
      StringBuilder md, BenchReport w1, List<CaliperRound> rounds, List<String> notes) {
    md.append("## The same closed loop\n\n");
    md.append("W1 runs c workers, each sending its next earning when its last one committed;")
        .append(" Caliper's `closed-loop` round does the same with c earnings in flight.\n\n");
    md.append(
        "| c | W1 tx/s | W1 p50 / p99 ms | W1 load | Caliper tx/s | Caliper p50 / p99 ms | Caliper"
            + " avg / max s | failed | in flight, mean / max | Caliper load | Caliper CPU ms/tx |"
            + " Caliper / W1 | verdict |\n");
    md.append("|---:|---:|---|---:|---:|---|---|---:|---|---:|---:|---:|---|\n");
    int compared = 0;
    int agreed = 0;
    for (CaliperRound r : of(rounds, CaliperPlan.Round.CLOSED_LOOP)) {
      Optional<Measurement> m = w1At(w1, r.round().concurrency());
      double ratio = ratio(r, m);
      boolean agree = Math.abs(ratio - 1) <= TOLERANCE;
      compared++;
      agreed += agree ? 1 : 0;
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s | %s | %s | %s | %s / %s | %d | %s / %d | %s | %s | %s | %s |%n",
              r.round().concurrency(),
              m.map(x -> one(x.txPerSecond())).orElse("-"),
              m.map(x -> zero(x.p50Millis()) + " / " + zero(x.p99Millis())).orElse("-"),
              one(w1Load(w1)),
              one(r.committedPerSecond()),
              zero(r.p50Millis()) + " / " + zero(r.p99Millis()),
              two(r.avgLatencySeconds()),
              two(r.maxLatencySeconds()),
              r.fail(),
              one(r.inFlightMean()),
              r.inFlightMax(),
              one(r.loadMean()),
              one(r.clientCpuMillisPerTx()),
              two(ratio),
              agree ? "agree (within 15%)" : "**differ by " + percent(ratio - 1) + "**"));
      m.ifPresent(x -> notes.addAll(explain(r, x, agree, w1Load(w1))));
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
                + " why is under Reading it.**\n\n");
  }

  private static void controllers(StringBuilder md, BenchReport w1, List<CaliperRound> rounds) {
    md.append("## Caliper's own controllers\n\n");
    md.append("`fixed-load` is Caliper's controller for \"c transactions unfinished\": at its")
        .append(" target it sends one more, then sleeps (unfinished - target) x its mean latency,")
        .append(" so it holds fewer than c in flight. `fixed-rate` offers W1's committed tx/s at")
        .append(" c: if that is what the network commits, Caliper sees it committed without a")
        .append(" queue building up.\n\n");
    md.append(
        "| c | controller | offered tx/s | committed tx/s | p50 / p99 ms | failed | in flight,"
            + " mean / max | load | / W1 | reading |\n");
    md.append("|---:|---|---:|---:|---|---:|---|---:|---:|---|\n");
    for (CaliperRound r : rounds) {
      String kind = r.round().kind();
      if (kind.equals(CaliperPlan.Round.CLOSED_LOOP)) {
        continue;
      }
      double ratio = ratio(r, w1At(w1, r.round().concurrency()));
      String reading;
      if (kind.equals(CaliperPlan.Round.FIXED_RATE)) {
        double kept = r.round().tps() > 0 ? r.committedPerSecond() / r.round().tps() : 0;
        reading =
            kept >= 1 - TOLERANCE && r.fail() == 0
                ? "kept up: W1's rate confirmed"
                : "**fell behind W1's rate** (" + two(kept) + " of it)";
      } else {
        reading =
            String.format(
                Locale.ROOT,
                "held %.0f%% of c in flight; by Little's law %.1f tx/s",
                100 * r.inFlightMean() / r.round().concurrency(),
                little(r));
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s | %s | %s | %d | %s / %d | %s | %s | %s |%n",
              r.round().concurrency(),
              kind,
              kind.equals(CaliperPlan.Round.FIXED_RATE) ? one(r.round().tps()) : "-",
              one(r.committedPerSecond()),
              zero(r.p50Millis()) + " / " + zero(r.p99Millis()),
              r.fail(),
              one(r.inFlightMean()),
              r.inFlightMax(),
              one(r.loadMean()),
              two(ratio),
              reading));
    }
    md.append("\n");
  }

  /**
   * Caliper / W1 at one level split by Little's law, and which factor the gap comes from; for a
   * level that agrees, only what the reader must still know (busy accounts).
   */
  static List<String> explain(CaliperRound r, Measurement w1, boolean agree, double w1Load) {
    int c = r.round().concurrency();
    List<String> notes = new ArrayList<>();
    if (r.sharedAccountRequests() > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "c=%d: %d Caliper earnings went to an account that already had one in flight (the"
                  + " account pool ran out); they may have failed as read conflicts.",
              c,
              r.sharedAccountRequests()));
    }
    if (agree || w1.txPerSecond() <= 0 || r.avgLatencySeconds() <= 0) {
      return notes;
    }
    double inFlight = r.inFlightMean() / c;
    double w1Mean = c / w1.txPerSecond();
    double latency = w1Mean / r.avgLatencySeconds();
    StringBuilder why =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "c=%d: Caliper / W1 = %.2f = in flight %.2f (Caliper's %.1f of %d) x time per"
                    + " earning %.2f (W1's %.0f ms, Caliper's %.0f ms). ",
                c,
                r.committedPerSecond() / w1.txPerSecond(),
                inFlight,
                r.inFlightMean(),
                c,
                latency,
                w1Mean * 1000,
                r.avgLatencySeconds() * 1000));
    if (r.fail() > 0) {
      why.append(r.fail()).append(" Caliper failures lower its figure too (its log says why). ");
    }
    if (Math.abs(Math.log(inFlight)) > Math.abs(Math.log(latency))) {
      why.append(
          "The gap is in what each tool kept in flight, the load generator's doing, not the"
              + " network's.");
    } else if (latency > 1) {
      why.append(
          String.format(
              Locale.ROOT,
              "W1's earnings took longer at the same load: W1's side is slower (ledger-client and"
                  + " the bench's JVM; its profile in the W1 report times the same earnings through"
                  + " the raw gateway) or the machine was busier while W1 ran (load %.1f against"
                  + " %.1f).",
              w1Load,
              r.loadMean()));
    } else {
      why.append(
          String.format(
              Locale.ROOT,
              "Caliper's earnings took longer at the same load: its client (one Node.js process)"
                  + " is slower or the machine was busier while it ran (load %.1f against W1's"
                  + " %.1f).",
              r.loadMean(),
              w1Load));
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
    out.put("w1LoadAverageMean", w1Load(w1));
    List<Map<String, Object>> caliper = new ArrayList<>();
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

  private static List<CaliperRound> of(List<CaliperRound> rounds, String kind) {
    return rounds.stream().filter(r -> r.round().kind().equals(kind)).toList();
  }

  private static double ratio(CaliperRound r, Optional<Measurement> w1) {
    return w1.filter(m -> m.txPerSecond() > 0)
        .map(m -> r.committedPerSecond() / m.txPerSecond())
        .orElse(Double.NaN);
  }

  /** Little's law: what the round's mean in flight commits at its mean latency. */
  private static double little(CaliperRound r) {
    return r.avgLatencySeconds() > 0 ? r.inFlightMean() / r.avgLatencySeconds() : Double.NaN;
  }

  private static Optional<Measurement> w1At(BenchReport w1, int c) {
    return w1.workloads().stream()
        .filter(w -> w.id().equals("W1"))
        .flatMap(w -> w.measurements().stream())
        .filter(m -> m.mode().equals("closed c=" + c))
        .findFirst();
  }

  private static double w1Load(BenchReport w1) {
    return w1.workloads().stream()
        .filter(w -> w.id().equals("W1"))
        .map(WorkloadResult::figures)
        .map(f -> f.getOrDefault(W1_LOAD, Double.NaN))
        .findFirst()
        .orElse(Double.NaN);
  }

  private static String network(BenchReport w1) {
    Map<String, String> n = w1.network();
    return "BatchTimeout "
        + n.getOrDefault("BatchTimeout", "?")
        + ", MaxMessageCount "
        + n.getOrDefault("MaxMessageCount", "?")
        + ", orderers "
        + n.getOrDefault("orderers", "?")
        + ", peers "
        + n.getOrDefault("peers", "?")
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
