package io.timecoin.bench.report;

import io.timecoin.bench.load.Measurement;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one workload produced: its measurements, or the reason it was skipped, plus figures that
 * belong to the workload as a whole (e.g. the seeding rate of W5) and notes a reader needs.
 *
 * @param id the workload id, {@code W0}..{@code W6}.
 * @param title what it measures, in a few words.
 * @param skipped why it did not run, or empty if it ran.
 * @param measurements one per concurrency level, rate or variant.
 * @param figures workload-wide figures by name.
 * @param notes sentences for the reader (how it was run, what to keep in mind).
 */
public record WorkloadResult(
    String id,
    String title,
    String skipped,
    List<Measurement> measurements,
    Map<String, Double> figures,
    List<String> notes) {

  /** Copies the collections. */
  public WorkloadResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(skipped, "skipped");
    measurements = List.copyOf(measurements);
    figures = Map.copyOf(figures);
    notes = List.copyOf(notes);
  }

  /** A workload that did not run, and why. */
  public static WorkloadResult skipped(String id, String title, String reason) {
    return new WorkloadResult(id, title, reason, List.of(), Map.of(), List.of());
  }

  /** The highest tx/s among the measurements, 0 if there are none. */
  public double bestTxPerSecond() {
    return measurements.stream().mapToDouble(Measurement::txPerSecond).max().orElse(0);
  }
}
