package io.timecoin.bench.saturation;

import io.timecoin.bench.load.LoadAverage;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One workload's ramp: its steps and, if any step was sustainable, its saturation point.
 *
 * @param workload {@code W0}, {@code W0K}, {@code W1} or {@code W2}.
 * @param title what it sends.
 * @param skipped why it did not run, or empty.
 * @param steps the steps in the order run.
 * @param stoppedBecause why the ramp ended (fell behind, reached the plan's maximum).
 * @param loadMean the machine's mean 1-minute load average while the ramp ran, NaN if unknown.
 * @param loadMax the highest 1-minute load average sampled meanwhile, NaN if unknown.
 */
public record RampResult(
    String workload,
    String title,
    String skipped,
    List<RampStep> steps,
    String stoppedBecause,
    double loadMean,
    double loadMax) {

  /** Copies the steps. */
  public RampResult {
    steps = List.copyOf(steps);
  }

  /** A ramp whose load average was not sampled. */
  public RampResult(
      String workload, String title, String skipped, List<RampStep> steps, String stoppedBecause) {
    this(workload, title, skipped, steps, stoppedBecause, Double.NaN, Double.NaN);
  }

  /**
   * This ramp with the load average sampled while it ran: the development machine is shared, and a
   * ramp's figures mean little without how busy it was.
   */
  public RampResult withLoad(LoadAverage load) {
    return new RampResult(
        workload,
        title,
        skipped,
        steps,
        stoppedBecause,
        load.mean().orElse(Double.NaN),
        load.max().orElse(Double.NaN));
  }

  /** A workload that could not be ramped, and why. */
  public static RampResult skipped(String workload, String title, String reason) {
    return new RampResult(workload, title, reason, List.of(), "");
  }

  /**
   * The saturation point: the step with the highest offered rate that the network kept up with at
   * p99 within the bound; empty if none was.
   */
  public Optional<RampStep> saturation() {
    return steps.stream()
        .filter(RampStep::sustainable)
        .max(Comparator.comparingDouble(RampStep::offeredRate));
  }
}
