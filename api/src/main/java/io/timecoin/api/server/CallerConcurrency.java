package io.timecoin.api.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A cap on the requests one caller has running at once. The rate limit counts requests as they
 * arrive; it cannot see requests that stay, such as bodies sent one byte at a time or writes
 * waiting for a slow ledger. Without this cap one key could hold every server thread.
 */
public final class CallerConcurrency {

  private final int max;
  private final ConcurrentMap<String, Integer> running = new ConcurrentHashMap<>();

  /** A cap of {@code max} running requests per caller. */
  public CallerConcurrency(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1");
    }
    this.max = max;
  }

  /** Takes a slot for the caller; false if the caller already has {@code max} running. */
  public boolean tryAcquire(String callerId) {
    boolean[] taken = {false};
    running.compute(
        callerId,
        (id, count) -> {
          int now = count == null ? 0 : count;
          if (now >= max) {
            return count;
          }
          taken[0] = true;
          return now + 1;
        });
    return taken[0];
  }

  /** Gives back a slot taken with {@link #tryAcquire}. */
  public void release(String callerId) {
    running.computeIfPresent(callerId, (id, count) -> count <= 1 ? null : count - 1);
  }

  /** Requests the caller has running now. */
  int running(String callerId) {
    return running.getOrDefault(callerId, 0);
  }
}
