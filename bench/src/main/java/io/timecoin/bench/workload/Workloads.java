package io.timecoin.bench.workload;

import io.timecoin.bench.load.ErrorCauses;
import io.timecoin.bench.report.WorkloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The workloads by id, and running a chosen list of them in order. */
public final class Workloads {

  private static final Map<String, Supplier<Workload>> ALL =
      Map.of(
          "W0", W0RawPut::new,
          "W1", W1Earnings::new,
          "W2", W2ApiEarnings::new,
          "W3", W3HotAccount::new,
          "W4", W4Reads::new,
          "W5", W5Pages::new,
          "W6", W6Mixed::new,
          "W7", W7Donations::new);

  /** Every id in run order; W1 comes before W6, which takes its rate from it. */
  public static final List<String> IDS = List.of("W0", "W1", "W2", "W3", "W4", "W5", "W6", "W7");

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
      try {
        result = w.run(context);
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        result = WorkloadResult.skipped(id, w.title(), "could not run: " + describe(e));
      }
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

  private static String describe(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (message.length() > 200) {
      message = message.substring(0, 200) + "...";
    }
    return ErrorCauses.of(e) + (message.isEmpty() ? "" : " - " + message);
  }
}
