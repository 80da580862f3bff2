package io.timecoin.api.auth;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Per-caller token buckets: each caller may make {@code burst} requests at once and {@code
 * perSecond} a second on average. Buckets live in memory, per instance.
 */
public final class RateLimiter {

  private final double perSecond;
  private final double burst;
  private final LongSupplier nanoTime;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * Creates a limiter.
   *
   * @param perSecond sustained requests per second per caller, more than zero.
   * @param burst requests a caller may make at once, at least 1.
   * @param nanoTime a monotonic clock, {@code System::nanoTime} outside tests.
   */
  public RateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
    if (perSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("rate must be positive and burst at least 1");
    }
    this.perSecond = perSecond;
    this.burst = burst;
    this.nanoTime = nanoTime;
  }

  /**
   * Takes one request from the caller's bucket.
   *
   * @param callerId whose bucket.
   * @return zero if allowed, else how long to wait before the next request is allowed.
   */
  public Duration acquire(String callerId) {
    Bucket bucket =
        buckets.computeIfAbsent(callerId, id -> new Bucket(burst, nanoTime.getAsLong()));
    synchronized (bucket) {
      long now = nanoTime.getAsLong();
      bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) / 1e9 * perSecond);
      bucket.at = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return Duration.ZERO;
      }
      double seconds = (1 - bucket.tokens) / perSecond;
      return Duration.ofNanos((long) Math.ceil(seconds * 1e9));
    }
  }

  private static final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }
  }
}
