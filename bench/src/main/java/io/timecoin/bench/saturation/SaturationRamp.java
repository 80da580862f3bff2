package io.timecoin.bench.saturation;

import io.timecoin.bench.cpu.CpuProfile;
import io.timecoin.bench.cpu.CpuSnapshot;
import io.timecoin.bench.load.Measurement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Offers one workload rising rates (open loop: latency from each request's due time, so queueing
 * shows instead of quietly lowering the load) until the network falls behind, with the CPU of every
 * network process read before and after each step.
 */
public final class SaturationRamp {

  /** Sends requests at one rate for the step's duration and measures them. */
  @FunctionalInterface
  public interface StepRunner {
    /** Offers {@code rate} tx/s; returns what happened. */
    Measurement offer(double rate) throws InterruptedException;
  }

  private final RampSettings settings;
  private final Supplier<CpuSnapshot> cpu;
  private final int ticksPerSecond;
  private final PrintWriter out;

  /**
   * Creates a ramp.
   *
   * @param settings the rates, step length and latency bound.
   * @param cpu reads the CPU of the measured processes.
   * @param ticksPerSecond clock ticks per second of those readings.
   * @param out where a line per step goes.
   */
  public SaturationRamp(
      RampSettings settings, Supplier<CpuSnapshot> cpu, int ticksPerSecond, PrintWriter out) {
    this.settings = settings;
    this.cpu = cpu;
    this.ticksPerSecond = ticksPerSecond;
    this.out = out;
  }

  /** Ramps workload {@code id} up to the plan's maximum or until the network falls behind. */
  public RampResult run(String id, String title, StepRunner step) throws InterruptedException {
    List<RampStep> steps = new ArrayList<>();
    double scheduleSeconds = settings.stepSeconds();
    String stopped = "reached the plan's highest rate without falling behind";
    for (double rate : settings.plan().rates()) {
      CpuSnapshot before = cpu.get();
      Measurement m = step.offer(rate);
      CpuSnapshot after = cpu.get();
      CpuProfile profile = CpuProfile.between(before, after, m.successes(), ticksPerSecond);
      RampStep s = RampStep.judge(rate, m, profile, scheduleSeconds, settings.p99BoundMillis());
      steps.add(s);
      out.println(
          String.format(
              Locale.ROOT,
              "[%s ramp] offered %.1f/s: committed %.1f tx/s, p99 %.0f ms, %d failed, %.2f CPU ms/tx"
                  + " (most: %s)%s",
              id,
              rate,
              m.txPerSecond(),
              m.p99Millis(),
              m.failureCount(),
              profile.totalMillisPerTx(),
              profile.largest(),
              s.keptUp() ? "" : " - fell behind"));
      out.flush();
      if (!s.keptUp()) {
        stopped =
            String.format(
                Locale.ROOT,
                "fell behind at %.1f/s offered (%.1f tx/s committed, %d failed)",
                rate,
                m.txPerSecond(),
                m.failureCount());
        break;
      }
    }
    return new RampResult(id, title, "", steps, stopped);
  }
}
