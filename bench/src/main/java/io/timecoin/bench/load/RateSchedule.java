package io.timecoin.bench.load;

/**
 * When each request of a fixed-rate run is due: request {@code i} at {@code start + i / rate}.
 * Latency is measured from this intended time, not from when a worker got round to sending it, so a
 * system that falls behind shows its queueing in the figures instead of slowing the load down
 * (coordinated omission).
 */
public final class RateSchedule {

  private final long startNanos;
  private final double ratePerSecond;

  /**
   * Creates a schedule.
   *
   * @param startNanos the {@link System#nanoTime()} of request 0.
   * @param ratePerSecond requests per second, more than zero.
   */
  public RateSchedule(long startNanos, double ratePerSecond) {
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException("rate must be a positive number: " + ratePerSecond);
    }
    this.startNanos = startNanos;
    this.ratePerSecond = ratePerSecond;
  }

  /** The intended send time of request {@code index}, in {@link System#nanoTime()} terms. */
  public long intendedNanos(long index) {
    return startNanos + Math.round(index * 1e9 / ratePerSecond);
  }

  /** How many requests fall due within {@code nanos} of the start. */
  public long requestsWithin(long nanos) {
    return (long) Math.ceil(nanos * ratePerSecond / 1e9);
  }
}
