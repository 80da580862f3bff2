package io.timecoin.client;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of settling a write whose commit status did not arrive in time: how often the status is
 * asked for again, how many rounds of status, request lookup and resubmission are run, and the
 * pauses between steps (doubling from {@code firstPause} up to {@code maxPause}, so that a block
 * has time to be cut). The algorithm itself is in {@link OutcomeResolution}.
 */
final class ResolutionPolicy {

  private final int statusRechecks;
  private final int rounds;
  private final Duration firstPause;
  private final Duration maxPause;
  private final RetryPolicy.Sleeper sleeper;

  ResolutionPolicy(
      int statusRechecks,
      int rounds,
      Duration firstPause,
      Duration maxPause,
      RetryPolicy.Sleeper sleeper) {
    if (statusRechecks < 0 || rounds < 1) {
      throw new IllegalArgumentException("statusRechecks must be >= 0 and rounds >= 1");
    }
    this.statusRechecks = statusRechecks;
    this.rounds = rounds;
    this.firstPause = Objects.requireNonNull(firstPause, "firstPause");
    this.maxPause = Objects.requireNonNull(maxPause, "maxPause");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Two more status requests, then up to four rounds; pauses from 200 ms to 2 s. With Fabric's
   * default 2 s batch timeout as the slowest block cut, that covers several blocks.
   */
  static ResolutionPolicy defaults() {
    return new ResolutionPolicy(
        2, 4, Duration.ofMillis(200), Duration.ofSeconds(2), d -> Thread.sleep(d.toMillis()));
  }

  int statusRechecks() {
    return statusRechecks;
  }

  int rounds() {
    return rounds;
  }

  /**
   * Sleeps before step {@code step} (1, 2, ...) of a resolution, never past what {@code deadline}
   * leaves for the step's own call.
   */
  void pause(int step, WriteDeadline deadline) throws InterruptedException {
    long millis = firstPause.toMillis() << Math.min(step - 1, 20);
    Duration wait = Duration.ofMillis(Math.min(millis, maxPause.toMillis()));
    Duration room = deadline.remaining().minus(WriteDeadline.LAST_CALL);
    if (room.compareTo(wait) < 0) {
      wait = room.isNegative() ? Duration.ZERO : room;
    }
    sleeper.sleep(wait);
  }
}
