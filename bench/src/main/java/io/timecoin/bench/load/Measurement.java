package io.timecoin.bench.load;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The figures of one measurement: one workload at one concurrency level or one rate.
 *
 * @param workload the workload id and variant, e.g. {@code W1} or {@code W5 10000 entries}.
 * @param mode how load was applied, e.g. {@code closed c=16} or {@code fixed-rate 40/s}.
 * @param seconds wall time of the measurement.
 * @param successes requests that succeeded (for writes: committed as valid).
 * @param failures failed requests by cause.
 * @param txPerSecond successes per second of wall time.
 * @param p50Millis median latency of the successes.
 * @param p95Millis 95th percentile latency.
 * @param p99Millis 99th percentile latency.
 * @param maxMillis the slowest success.
 * @param extra further figures of this workload (e.g. retries per request), by name.
 */
public record Measurement(
    String workload,
    String mode,
    double seconds,
    long successes,
    Map<String, Long> failures,
    double txPerSecond,
    double p50Millis,
    double p95Millis,
    double p99Millis,
    double maxMillis,
    Map<String, Double> extra) {

  /** Copies the maps so a measurement never changes once made. */
  public Measurement {
    failures = Map.copyOf(new TreeMap<>(failures));
    extra = Map.copyOf(extra);
  }

  /** Makes a measurement from what {@code recorder} saw during {@code nanos} of wall time. */
  public static Measurement of(String workload, String mode, long nanos, OutcomeRecorder recorder) {
    Histogram h = recorder.latencySnapshot();
    double seconds = nanos / 1e9;
    long ok = recorder.successes();
    return new Measurement(
        workload,
        mode,
        seconds,
        ok,
        recorder.failuresByCause(),
        seconds > 0 ? ok / seconds : 0,
        millis(h, 50),
        millis(h, 95),
        millis(h, 99),
        h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0,
        Map.of());
  }

  /** The same measurement with one more extra figure. */
  public Measurement withExtra(String name, double value) {
    Map<String, Double> more = new TreeMap<>(extra);
    more.put(name, value);
    return new Measurement(
        workload,
        mode,
        seconds,
        successes,
        failures,
        txPerSecond,
        p50Millis,
        p95Millis,
        p99Millis,
        maxMillis,
        more);
  }

  /** All failures, every cause together. */
  public long failureCount() {
    return failures.values().stream().mapToLong(Long::longValue).sum();
  }

  private static double millis(Histogram h, double percentile) {
    return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
  }
}
