package io.timecoin.bench.saturation;

import io.timecoin.bench.cpu.CpuProfile;
import io.timecoin.bench.load.Measurement;

/**
 * One step of a ramp: a rate offered for a while, what was committed, and the CPU it cost.
 *
 * @param offeredRate requests per second sent on schedule.
 * @param measurement what the fixed-rate runner saw (latency from each request's due time).
 * @param cpu CPU per process during the step.
 * @param keptUp whether the network kept up: at most 1% failed and the last request due was done
 *     within the latency bound after the schedule ended.
 * @param p99Within whether p99 stayed within the run's latency bound.
 */
public record RampStep(
    double offeredRate,
    Measurement measurement,
    CpuProfile cpu,
    boolean keptUp,
    boolean p99Within) {

  /** Whether this step counts towards the saturation point: kept up with p99 within the bound. */
  public boolean sustainable() {
    return keptUp && p99Within;
  }

  /**
   * Judges a step. The schedule lasted {@code scheduleSeconds}; a network that kept up finishes the
   * last due request about one latency later, one that fell behind drains a queue for longer.
   */
  public static RampStep judge(
      double offeredRate,
      Measurement m,
      CpuProfile cpu,
      double scheduleSeconds,
      double boundMillis) {
    long sent = m.successes() + m.failureCount();
    boolean fewFailures = sent > 0 && m.failureCount() <= 0.01 * sent;
    boolean drained = m.seconds() - scheduleSeconds <= boundMillis / 1000.0;
    return new RampStep(offeredRate, m, cpu, fewFailures && drained, m.p99Millis() <= boundMillis);
  }
}
