package io.timecoin.bench.workload;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One timed A4 query and where its time went: the query thread's own CPU and its waits for a core,
 * the database backends' CPU and their waits for a core ({@link SchedStat}), and the JVM's garbage
 * collection while it ran. The rest of the wall time is neither side running nor queued: the
 * loopback round trips and lock or I/O waits.
 *
 * @param wallNanos from the call to the answer.
 * @param client the query thread's scheduler figures during the call.
 * @param database the backends' scheduler figures during the call.
 * @param gcNanos garbage collection time of the JVM during the call (all collectors).
 */
record QuerySplit(long wallNanos, SchedStat client, SchedStat database, long gcNanos) {

  /**
   * The extra figures of a measurement of {@code runs}: {@code db slices}, the mean times per run
   * the backends were put on a core (about the round trips of one answer), and the tail: the runs
   * whose wall time is at or above the nearest-rank 99th percentile, with the mean of each part of
   * their time in milliseconds ({@code tail runs}, {@code tail ms}, {@code tail client cpu ms},
   * {@code tail client wait ms}, {@code tail db cpu ms}, {@code tail db wait ms}, {@code tail gc
   * ms}). Empty without runs.
   */
  static Map<String, Double> figures(List<QuerySplit> runs) {
    Map<String, Double> figures = new LinkedHashMap<>();
    if (runs.isEmpty()) {
      return figures;
    }
    List<QuerySplit> sorted =
        runs.stream().sorted(Comparator.comparingLong(QuerySplit::wallNanos)).toList();
    int rank = (int) Math.ceil(0.99 * sorted.size());
    List<QuerySplit> tail = sorted.subList(Math.max(0, rank - 1), sorted.size());
    double slices = runs.stream().mapToLong(q -> q.database().timeslices()).average().orElse(0);
    figures.put("db slices", Math.round(slices * 10) / 10.0);
    figures.put("tail runs", (double) tail.size());
    figures.put("tail ms", meanMillis(tail, QuerySplitPart.WALL));
    figures.put("tail client cpu ms", meanMillis(tail, QuerySplitPart.CLIENT_CPU));
    figures.put("tail client wait ms", meanMillis(tail, QuerySplitPart.CLIENT_WAIT));
    figures.put("tail db cpu ms", meanMillis(tail, QuerySplitPart.DB_CPU));
    figures.put("tail db wait ms", meanMillis(tail, QuerySplitPart.DB_WAIT));
    figures.put("tail gc ms", meanMillis(tail, QuerySplitPart.GC));
    return figures;
  }

  /** The parts of a query's time, as nanoseconds of one run. */
  private enum QuerySplitPart {
    WALL,
    CLIENT_CPU,
    CLIENT_WAIT,
    DB_CPU,
    DB_WAIT,
    GC;

    long of(QuerySplit q) {
      return switch (this) {
        case WALL -> q.wallNanos();
        case CLIENT_CPU -> q.client().onCpuNanos();
        case CLIENT_WAIT -> q.client().waitingNanos();
        case DB_CPU -> q.database().onCpuNanos();
        case DB_WAIT -> q.database().waitingNanos();
        case GC -> q.gcNanos();
      };
    }
  }

  private static double meanMillis(List<QuerySplit> runs, QuerySplitPart part) {
    double mean = runs.stream().mapToLong(part::of).average().orElse(0);
    return Math.round(mean / 1e5) / 10.0; // milliseconds with one decimal
  }
}
