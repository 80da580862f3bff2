package io.timecoin.bench.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Where the client-side time of a write goes, stage by stage: endorsement (proposal to the gateway
 * peer, executed by the chaincode on two of three peers, signatures back), submit (the endorsed
 * transaction handed to the orderer) and commit wait (until the gateway peer reports the block with
 * it validated). One histogram per stage, so a missed target can say which stage holds the time.
 * Thread-safe.
 */
public final class StageTimes {

  /** The stages, in the order a write passes them. */
  public static final List<String> STAGES = List.of("endorse", "submit", "commit");

  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

  private final Map<String, ConcurrentHistogram> histograms = new LinkedHashMap<>();

  /** Creates empty histograms for every stage. */
  public StageTimes() {
    for (String stage : STAGES) {
      histograms.put(stage, new ConcurrentHistogram(HIGHEST_MICROS, 3));
    }
  }

  /** Records one write's three stage durations, in nanoseconds. */
  public void record(long endorseNanos, long submitNanos, long commitNanos) {
    add("endorse", endorseNanos);
    add("submit", submitNanos);
    add("commit", commitNanos);
  }

  private void add(String stage, long nanos) {
    histograms.get(stage).recordValue(Math.min(Math.max(nanos / 1_000, 1), HIGHEST_MICROS));
  }

  /** Writes recorded so far. */
  public long count() {
    return histograms.get("endorse").getTotalCount();
  }

  /**
   * The p50 and p99 of every stage in milliseconds, named {@code <stage> p50 ms} and {@code <stage>
   * p99 ms}, in stage order; empty if nothing was recorded.
   */
  public Map<String, Double> percentiles() {
    Map<String, Double> figures = new LinkedHashMap<>();
    if (count() == 0) {
      return figures;
    }
    histograms.forEach(
        (stage, h) -> {
          Histogram copy = h.copy();
          figures.put(stage + " p50 ms", copy.getValueAtPercentile(50) / 1000.0);
          figures.put(stage + " p99 ms", copy.getValueAtPercentile(99) / 1000.0);
        });
    return figures;
  }

  /** {@code measurement} with the stage percentiles added as extra figures. */
  public Measurement addTo(Measurement measurement) {
    Measurement m = measurement;
    for (Map.Entry<String, Double> e : percentiles().entrySet()) {
      m = m.withExtra(e.getKey(), e.getValue());
    }
    return m;
  }
}
