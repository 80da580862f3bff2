package io.timecoin.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Collects the outcome of every request of one measurement: the latency of each success in an
 * HdrHistogram (microseconds, 3 significant digits, so p99 of a 20 s tail is still exact to 0.1%)
 * and every failure counted by its cause. Thread-safe.
 */
public final class OutcomeRecorder {

  /** Latencies above ten minutes are clamped: nothing in a run waits that long. */
  private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(10);

  private final ConcurrentHistogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
  private final LongAdder successes = new LongAdder();
  private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

  /** Records a request that succeeded after {@code nanos}. */
  public void recordSuccess(long nanos) {
    latencies.recordValue(Math.min(Math.max(nanos / 1_000, 1), HIGHEST_MICROS));
    successes.increment();
  }

  /** Records a request that failed; its latency is not mixed into the successes'. */
  public void recordFailure(Throwable failure) {
    failures.computeIfAbsent(ErrorCauses.of(failure), k -> new LongAdder()).increment();
  }

  /** Successes so far. */
  public long successes() {
    return successes.sum();
  }

  /** Failures so far, all causes together. */
  public long failureCount() {
    return failures.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** Failures by cause, sorted by cause. */
  public Map<String, Long> failuresByCause() {
    Map<String, Long> sorted = new TreeMap<>();
    failures.forEach((cause, count) -> sorted.put(cause, count.sum()));
    return sorted;
  }

  /** A copy of the latency histogram (microseconds). */
  public Histogram latencySnapshot() {
    return latencies.copy();
  }
}
