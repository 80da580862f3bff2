package io.timecoin.bench.saturation;

import java.time.Duration;

/**
 * How a ramp is run.
 *
 * @param plan the offered rates.
 * @param stepSeconds how long each rate is offered, in seconds.
 * @param workers the most requests in flight at once (each worker its own key or account).
 * @param p99BoundMillis the latency bound of the saturation point.
 */
public record RampSettings(RampPlan plan, double stepSeconds, int workers, double p99BoundMillis) {

  /** Checks the settings. */
  public RampSettings {
    if (!(stepSeconds > 0) || workers < 1 || !(p99BoundMillis > 0)) {
      throw new IllegalArgumentException(
          "a ramp needs a step duration, 1 or more workers and a latency bound above 0");
    }
  }

  /** How long each rate is offered. */
  public Duration step() {
    return Duration.ofMillis(Math.round(stepSeconds * 1000));
  }
}
