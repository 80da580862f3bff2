package io.timecoin.bench.saturation;

import io.timecoin.bench.cpu.CpuSnapshot;
import io.timecoin.bench.cpu.EcdsaCost;
import io.timecoin.bench.cpu.NativeEcdsa;
import io.timecoin.bench.cpu.NetworkProcesses;
import io.timecoin.bench.cpu.ProcStat;
import io.timecoin.bench.load.ErrorCauses;
import io.timecoin.bench.load.LoadAverage;
import io.timecoin.bench.report.MachineInfo;
import io.timecoin.bench.workload.BenchContext;
import io.timecoin.bench.workload.RampTargets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the saturation ramps of the chosen workloads among W0, W0K, W1 and W2 against the context's
 * network, then measures the ECDSA cost, and returns the report.
 */
public final class SaturationRun {

  /** Request numbers one step may use: more than any step sends. */
  static final long STEP_SEQUENCE_SPAN = 1_000_000_000L;

  /** Seconds between load average samples while a ramp runs. */
  private static final int LOAD_SAMPLE_SECONDS = 5;

  private SaturationRun() {}

  /**
   * Ramps each of {@code workloads} that a ramp can drive, in the order W0, W0K, W1, W2.
   *
   * @param context the run's clients and runners.
   * @param workloads the chosen workload ids (others are ignored).
   * @param settings the ramp.
   * @return the ramps; the floors are added by {@link #report}.
   */
  public static List<RampResult> ramps(
      BenchContext context, List<String> workloads, RampSettings settings) throws Exception {
    int ticks = ProcStat.clockTicksPerSecond();
    List<RampResult> ramps = new ArrayList<>();
    for (String id : RampTargets.IDS) {
      if (!workloads.contains(id)) {
        continue;
      }
      Optional<String> cannot = RampTargets.cannotRun(context, id);
      if (cannot.isPresent()) {
        ramps.add(RampResult.skipped(id, id, cannot.get()));
        context.say(id + " ramp skipped: " + cannot.get());
        continue;
      }
      context.say(id + " ramp: opening " + settings.workers() + " workers' keys or accounts");
      AtomicLong step = new AtomicLong();
      try (RampTargets.Target target = RampTargets.prepare(context, id, settings.workers())) {
        // Taken after the set-up, so every process the step measures is already running.
        Map<String, Long> pids = NetworkProcesses.of(context.settings().runDir());
        context.say(id + " ramp: CPU of " + pids.keySet());
        SaturationRamp ramp =
            new SaturationRamp(settings, () -> CpuSnapshot.take(pids), ticks, context.out());
        RampResult result;
        try (LoadAverage load = LoadAverage.sample(LOAD_SAMPLE_SECONDS)) {
          result =
              ramp.run(
                  id,
                  target.title(),
                  rate -> {
                    // Each step numbers its requests from 0; an offset per step keeps request ids
                    // and keys unique over the ramp (a repeated id would be an idempotent replay).
                    long offset = STEP_SEQUENCE_SPAN * step.getAndIncrement();
                    return context
                        .fixedRate()
                        .run(
                            id + " ramp",
                            rate,
                            settings.step(),
                            settings.workers(),
                            (worker, seq) -> target.request().execute(worker, offset + seq));
                  });
          result = result.withLoad(load);
        }
        ramps.add(result);
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        Throwable cause =
            e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        ramps.add(RampResult.skipped(id, id, "could not run: " + ErrorCauses.of(cause)));
        context.say(id + " ramp could not run: " + e);
      }
    }
    return ramps;
  }

  /** The report of {@code ramps}, with the two floors measured and counted. */
  public static SaturationReport report(
      String date,
      String label,
      boolean quick,
      String fabricVersion,
      Map<String, String> network,
      RampSettings settings,
      List<RampResult> ramps,
      String chart)
      throws Exception {
    double blockRate =
        ramps.stream()
            .filter(r -> r.workload().equals("W0"))
            .findFirst()
            .or(() -> ramps.stream().findFirst())
            .flatMap(RampResult::saturation)
            .map(s -> s.measurement().txPerSecond())
            .orElse(1.0);
    EcdsaCost client = EcdsaCost.measure(quick ? 500 : 5_000, quick ? 500 : 5_000);
    return new SaturationReport(
        date,
        label,
        quick,
        MachineInfo.current(),
        fabricVersion,
        network,
        settings,
        ProcStat.clockTicksPerSecond(),
        ramps,
        client,
        NativeEcdsa.measure().orElse(client),
        NetworkShape.signatures(network, blockRate),
        chart);
  }
}
