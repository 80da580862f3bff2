package io.timecoin.bench.saturation;

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
 */
public record RampResult(
    String workload, String title, String skipped, List<RampStep> steps, String stoppedBecause) {

  /** Copies the steps. */
  public RampResult {
    steps = List.copyOf(steps);
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
