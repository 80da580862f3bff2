package io.timecoin.bench.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The projector's lag behind the chain, in blocks, over a run of samples: each sample is the chain
 * height's last block minus the projection's checkpoint. Percentiles are nearest-rank over the
 * samples (exact: a few hundred small numbers, no histogram needed). Thread-safe.
 */
final class LagStats {

  private final List<Long> lags = new ArrayList<>();
  private long failed;

  /**
   * The lag of one sample: {@code height - 1 - checkpoint}; never below zero (the projection cannot
   * be ahead of the peer it reads, but the two reads are not one instant).
   *
   * @param height the peer's chain height (its last block + 1)
   * @param checkpoint the projection's last block, or -1 before its first batch
   */
  static long lag(long height, long checkpoint) {
    return Math.max(0, height - 1 - checkpoint);
  }

  synchronized void record(long lag) {
    if (lag < 0) {
      throw new IllegalArgumentException("a lag is never negative: " + lag);
    }
    lags.add(lag);
  }

  /** A sample that could not be taken (the peer or the database did not answer). */
  synchronized void recordFailure() {
    failed++;
  }

  synchronized int samples() {
    return lags.size();
  }

  synchronized long failedSamples() {
    return failed;
  }

  /** The nearest-rank percentile {@code p} (0 < p <= 100) of the lags; 0 without samples. */
  synchronized long percentile(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("a percentile is in (0, 100]: " + p);
    }
    if (lags.isEmpty()) {
      return 0;
    }
    List<Long> sorted = new ArrayList<>(lags);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  synchronized long max() {
    return lags.stream().mapToLong(Long::longValue).max().orElse(0);
  }

  synchronized double mean() {
    return lags.stream().mapToLong(Long::longValue).average().orElse(0);
  }
}
