package io.timecoin.bench.caliper;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.BenchReport;
import io.timecoin.bench.report.WorkloadResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Caliper runs to check W1, per W1 level c (in W1's order), each round as long as a W1 level:
 *
 * <ol>
 *   <li>{@code closed-loop}: c earnings in flight, the next one started when one finishes, as W1's
 *       c workers do (bench/caliper/workload/closed-loop.js, a rate controller Caliper loads by
 *       path): the like-for-like comparison;
 *   <li>{@code fixed-load}: Caliper's own controller for "c unfinished transactions";
 *   <li>{@code fixed-rate}: W1's committed tx/s at c offered by Caliper (left out where W1
 *       committed nothing): does the network commit W1's figure for an outside tool?
 * </ol>
 *
 * @param runId prefix of the Caliper run's account and request ids, unique per run.
 * @param seconds length of each round.
 * @param w1Rates W1's committed tx/s per concurrency level, in W1's order.
 */
public record CaliperPlan(String runId, int seconds, Map<Integer, Double> w1Rates) {

  /** Accounts per level of concurrency: room for the controller's overshoot above its target. */
  static final int ACCOUNTS_PER_SLOT = 4;

  /** Copies the rates, keeping their order. */
  public CaliperPlan {
    if (!runId.matches("[A-Za-z0-9_-]{1,24}")) {
      throw new IllegalArgumentException(
          "the Caliper run id must be 1-24 letters, digits, '_' or '-'");
    }
    if (seconds < 1) {
      throw new IllegalArgumentException("each Caliper round must last at least 1 second");
    }
    if (w1Rates.isEmpty()) {
      throw new IllegalArgumentException("W1 measured no concurrency level to compare with");
    }
    w1Rates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(w1Rates));
  }

  /** W1's levels and rates from a bench report that ran W1 in closed loop. */
  public static CaliperPlan fromW1(String runId, int seconds, BenchReport report) {
    WorkloadResult w1 =
        report.workloads().stream()
            .filter(w -> w.id().equals("W1") && w.skipped().isEmpty())
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the bench report holds no W1 measurement (run it with --workloads W1)"));
    Map<Integer, Double> rates = new LinkedHashMap<>();
    for (Measurement m : w1.measurements()) {
      rates.put(concurrency(m.mode()), m.txPerSecond());
    }
    return new CaliperPlan(runId, seconds, rates);
  }

  /** The concurrency of a closed-loop mode such as {@code closed c=16}. */
  static int concurrency(String mode) {
    if (!mode.startsWith("closed c=")) {
      throw new IllegalArgumentException("not a closed-loop W1 level: " + mode);
    }
    return Integer.parseInt(mode.substring("closed c=".length()));
  }

  /** Accounts the workload module opens: enough that no request waits for one. */
  public int accounts() {
    int top = w1Rates.keySet().stream().mapToInt(Integer::intValue).max().orElse(1);
    return ACCOUNTS_PER_SLOT * top;
  }

  /** The rounds in the order Caliper runs them. */
  public List<Round> rounds() {
    List<Round> rounds = new java.util.ArrayList<>();
    w1Rates.forEach(
        (c, rate) -> {
          rounds.add(new Round(Round.CLOSED_LOOP, c, 0));
          rounds.add(new Round(Round.FIXED_LOAD, c, 0));
          if (rate > 0) {
            rounds.add(new Round(Round.FIXED_RATE, c, Math.round(rate * 10) / 10.0));
          }
        });
    return rounds;
  }

  /**
   * One Caliper round.
   *
   * @param kind {@link #FIXED_LOAD} or {@link #FIXED_RATE}.
   * @param concurrency the W1 level it checks.
   * @param tps the offered rate of a fixed-rate round (0 for fixed load).
   */
  public record Round(String kind, int concurrency, double tps) {

    /** The closed loop of bench/caliper/workload/closed-loop.js: exactly c in flight. */
    public static final String CLOSED_LOOP = "closed-loop";

    /** Caliper's controller that keeps a number of transactions unfinished. */
    public static final String FIXED_LOAD = "fixed-load";

    /** Caliper's controller that sends at a fixed rate. */
    public static final String FIXED_RATE = "fixed-rate";

    /** The round's label in Caliper's report, e.g. {@code fixed-load-c16}. */
    public String label() {
      return kind + "-c" + concurrency;
    }

    /** The round a label names. */
    static Round parse(String label, double tps) {
      int at = label.lastIndexOf("-c");
      if (at < 0) {
        throw new IllegalArgumentException("not a Caliper round label of this bench: " + label);
      }
      return new Round(label.substring(0, at), Integer.parseInt(label.substring(at + 2)), tps);
    }
  }
}
