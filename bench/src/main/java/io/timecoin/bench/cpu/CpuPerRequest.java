package io.timecoin.bench.cpu;

import io.timecoin.bench.load.LoadAverage;
import io.timecoin.bench.load.Measurement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The CPU one request costs in every process of a closed-loop level, as the saturation ramp reports
 * it per step: a read is latency-bound by CPU on a small machine (a closed loop's latency is its
 * concurrency over its throughput), so the figure that says where to cut is CPU milliseconds per
 * request per process, not the latency itself. Added to the level's figures ({@code other} column
 * of the report) with the machine's load average meanwhile, since a shared machine's figures mean
 * little without it.
 */
public final class CpuPerRequest {

  /** Figure names; every process's share is {@link #PER_REQUEST} followed by its name. */
  public static final String PER_REQUEST = "cpu ms/req ";

  /** All tracked processes together (network, APIs and the load generator). */
  public static final String TOTAL = PER_REQUEST + "total";

  /** The whole machine's busy share during the level, other work included, in percent. */
  public static final String MACHINE_BUSY = "machine busy %";

  /** The 1-minute load average during the level (mean of samples). */
  public static final String LOAD = "load1 mean";

  /** Processes below this share of the total are left out of the figures (idle CAs, orderers). */
  static final double SMALLEST_SHARE = 0.02;

  private static final int LOAD_SAMPLE_SECONDS = 2;

  private final Map<String, Long> pids;
  private final int ticksPerSecond;
  private final int cores;

  private CpuPerRequest(Map<String, Long> pids, int ticksPerSecond, int cores) {
    this.pids = Map.copyOf(pids);
    this.ticksPerSecond = ticksPerSecond;
    this.cores = cores;
  }

  /** One level of a workload, measured. */
  @FunctionalInterface
  public interface Level {
    /** Runs the level. */
    Measurement run() throws InterruptedException;
  }

  /**
   * Tracks the processes of {@code runDir} as they run now (pid files and this JVM); call it after
   * the workload's set-up, so every process a level uses is already running.
   */
  public static CpuPerRequest of(Path runDir) throws IOException {
    return new CpuPerRequest(
        NetworkProcesses.of(runDir),
        ProcStat.clockTicksPerSecond(),
        Runtime.getRuntime().availableProcessors());
  }

  /** Runs {@code level} between two CPU readings and returns its measurement with the figures. */
  public Measurement measure(Level level) throws InterruptedException {
    LoadAverage load = LoadAverage.sample(LOAD_SAMPLE_SECONDS);
    Measurement m;
    CpuProfile cpu;
    try {
      CpuSnapshot before = CpuSnapshot.take(pids);
      m = level.run();
      CpuSnapshot after = CpuSnapshot.take(pids);
      cpu = CpuProfile.between(before, after, m.successes(), ticksPerSecond);
    } finally {
      load.close();
    }
    return withFigures(m, cpu, cores, load.mean());
  }

  /**
   * The measurement with CPU ms per successful request of each process that spent at least {@link
   * #SMALLEST_SHARE} of the total, the total, the machine's busy share and the load average.
   */
  static Measurement withFigures(
      Measurement m, CpuProfile cpu, int cores, OptionalDouble loadAverage) {
    if (m.successes() == 0) {
      return m;
    }
    Measurement out = m.withExtra(TOTAL, round(cpu.totalMillisPerTx()));
    double total = cpu.totalMillis();
    for (Map.Entry<String, Double> e : cpu.millisPerTxByProcess().entrySet()) {
      if (total > 0 && cpu.cpuMillisByProcess().get(e.getKey()) >= SMALLEST_SHARE * total) {
        out = out.withExtra(PER_REQUEST + e.getKey(), round(e.getValue()));
      }
    }
    if (cpu.machineBusyMillis() >= 0 && cpu.wallMillis() > 0) {
      out =
          out.withExtra(
              MACHINE_BUSY,
              Math.round(100 * cpu.machineBusyMillis() / (cores * cpu.wallMillis())) * 1.0);
    }
    if (loadAverage.isPresent()) {
      out = out.withExtra(LOAD, Math.round(loadAverage.getAsDouble() * 10) / 10.0);
    }
    return out;
  }

  private static double round(double millis) {
    return Math.round(millis * 1000) / 1000.0;
  }
}
