package io.timecoin.bench.workload;

import io.timecoin.bench.load.ErrorCauses;
import io.timecoin.bench.load.LoadAverage;
import io.timecoin.bench.report.WorkloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The workloads by id, and running a chosen list of them in order. */
public final class Workloads {

  /** Seconds between load average samples while a workload runs. */
  private static final int LOAD_SAMPLE_SECONDS = 5;

  private static final Map<String, Supplier<Workload>> ALL =
      Map.ofEntries(
          Map.entry("W0", W0RawPut::new),
          Map.entry("W0K", W0KShapedPut::new),
          Map.entry("W1", W1Earnings::new),
          Map.entry("W2", W2ApiEarnings::new),
          Map.entry("W3", W3HotAccount::new),
          Map.entry("W4", W4Reads::new),
          Map.entry("W5", W5Pages::new),
          Map.entry("W6", W6Mixed::new),
          Map.entry("W7", W7Donations::new),
          Map.entry("A1", A1AuditLedger::new),
          Map.entry("A2", A2CatchUp::new),
          Map.entry("A3", A3LiveLag::new),
          Map.entry("A4", A4AuditQueries::new));

  /**
   * Every id in run order; W1 comes before W6 and A3, which take their rate from it; A1 writes the
   * ledger the other audit benchmarks read.
   */
  public static final List<String> IDS =
      List.of("W0", "W0K", "W1", "W2", "W3", "W4", "W5", "W6", "W7", "A1", "A2", "A3", "A4");

  private Workloads() {}

  /**
   * Runs the workloads {@code ids} in the order of {@link #IDS}. A workload that cannot run at all
   * is reported as skipped with its cause; the others still run.
   *
   * @throws IllegalArgumentException naming an unknown id, before anything runs.
   */
  public static List<WorkloadResult> run(BenchContext context, List<String> ids)
      throws InterruptedException {
    for (String id : ids) {
      if (!ALL.containsKey(id)) {
        throw new IllegalArgumentException("unknown workload '" + id + "'; known: " + IDS);
      }
    }
    List<WorkloadResult> results = new ArrayList<>();
    for (String id : IDS) {
      if (!ids.contains(id)) {
        continue;
      }
      Workload w = ALL.get(id).get();
      context.say(id + ": " + w.title());
      long started = System.nanoTime();
      WorkloadResult result;
      LoadAverage load = LoadAverage.sample(LOAD_SAMPLE_SECONDS);
      try {
        result = w.run(context);
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        result = WorkloadResult.skipped(id, w.title(), "could not run: " + describe(e));
      } finally {
        load.close();
      }
      result = withLoad(result, load);
      context.say(
          String.format(
              Locale.ROOT,
              "%s done in %.0fs%s",
              id,
              (System.nanoTime() - started) / 1e9,
              result.skipped().isEmpty() ? "" : " (skipped: " + result.skipped() + ")"));
      results.add(result);
    }
    return results;
  }

  /** The machine's load average while the workload ran, among its figures. */
  static WorkloadResult withLoad(WorkloadResult result, LoadAverage load) {
    if (!result.skipped().isEmpty() || load.mean().isEmpty()) {
      return result;
    }
    Map<String, Double> figures = new TreeMap<>(result.figures());
    figures.put("load average (1 min) mean", Math.round(load.mean().getAsDouble() * 10) / 10.0);
    figures.put("load average (1 min) max", load.max().getAsDouble());
    return new WorkloadResult(
        result.id(),
        result.title(),
        result.skipped(),
        result.measurements(),
        figures,
        result.notes());
  }

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.length() > 200) {
      message = message.substring(0, 200) + "...";
    }
    return ErrorCauses.of(e) + (message.isEmpty() ? "" : " - " + message);
  }
}
