package io.timecoin.bench.cpu;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Map.Entry;

/**
 * CPU spent during one measurement, per process and per committed transaction.
 *
 * @param cpuMillisByProcess CPU milliseconds each process used during the measurement.
 * @param committed transactions committed as valid during it.
 * @param wallMillis how long it lasted.
 * @param machineBusyMillis CPU milliseconds the whole machine was busy (every process, also those
 *     of other work on it), -1 if unknown.
 */
public record CpuProfile(
    Map<String, Double> cpuMillisByProcess,
    long committed,
    double wallMillis,
    double machineBusyMillis) {

  /** Copies the map, keeping its order. */
  public CpuProfile {
    cpuMillisByProcess = Map.copyOf(cpuMillisByProcess);
  }

  /**
   * The CPU used between {@code before} and {@code after}. A process missing from either snapshot
   * (started or stopped in between) is left out: its share cannot be told.
   */
  public static CpuProfile between(
      CpuSnapshot before, CpuSnapshot after, long committed, int ticksPerSecond) {
    double msPerTick = 1000.0 / ticksPerSecond;
    Map<String, Double> used = new LinkedHashMap<>();
    after
        .ticksByProcess()
        .forEach(
            (name, ticks) -> {
              Long was = before.ticksByProcess().get(name);
              if (was != null) {
                used.put(name, Math.max(0, ticks - was) * msPerTick);
              }
            });
    double machine =
        before.machineBusyTicks() < 0 || after.machineBusyTicks() < 0
            ? -1
            : (after.machineBusyTicks() - before.machineBusyTicks()) * msPerTick;
    return new CpuProfile(used, committed, (after.nanos() - before.nanos()) / 1e6, machine);
  }

  /** CPU milliseconds of all tracked processes together. */
  public double totalMillis() {
    return cpuMillisByProcess.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** CPU milliseconds per committed transaction of all tracked processes; NaN if none committed. */
  public double totalMillisPerTx() {
    return committed == 0 ? Double.NaN : totalMillis() / committed;
  }

  /** CPU milliseconds per committed transaction by process, largest first. */
  public Map<String, Double> millisPerTxByProcess() {
    Map<String, Double> perTx = new LinkedHashMap<>();
    cpuMillisByProcess.entrySet().stream()
        .sorted(
            Entry.<String, Double>comparingByValue()
                .reversed()
                .thenComparing(Entry.comparingByKey()))
        .forEach(
            e -> perTx.put(e.getKey(), committed == 0 ? Double.NaN : e.getValue() / committed));
    return perTx;
  }

  /** The process that spent the most CPU, or empty text if none was tracked. */
  public String largest() {
    return cpuMillisByProcess.entrySet().stream()
        .max(Comparator.comparingDouble(Entry<String, Double>::getValue))
        .map(Entry::getKey)
        .orElse("");
  }

  /** Share of the machine's capacity ({@code cores} x wall time) the tracked processes used. */
  public double shareOfMachine(int cores) {
    return wallMillis <= 0 ? 0 : totalMillis() / (cores * wallMillis);
  }
}
