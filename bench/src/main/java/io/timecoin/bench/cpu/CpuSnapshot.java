package io.timecoin.bench.cpu;

import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time each tracked process had used at one instant, in clock ticks (its own plus that of
 * its live child processes, so a process started through a wrapper is still counted), and the whole
 * machine's busy ticks.
 *
 * @param ticksByProcess utime + stime by process name.
 * @param machineBusyTicks busy ticks of all cores, -1 if unknown.
 * @param nanos {@link System#nanoTime()} when it was taken.
 */
public record CpuSnapshot(Map<String, Long> ticksByProcess, long machineBusyTicks, long nanos) {

  /** Copies the map. */
  public CpuSnapshot {
    ticksByProcess = Map.copyOf(ticksByProcess);
  }

  /** Reads {@code /proc} for every process in {@code pids} (name to pid); the gone are left out. */
  public static CpuSnapshot take(Map<String, Long> pids) {
    Map<String, Long> ticks = new TreeMap<>();
    pids.forEach(
        (name, pid) -> {
          var own = ProcStat.cpuTicks(pid);
          if (own.isEmpty()) {
            return;
          }
          long sum = own.getAsLong();
          sum +=
              ProcessHandle.of(pid).stream()
                  .flatMap(ProcessHandle::descendants)
                  .mapToLong(child -> ProcStat.cpuTicks(child.pid()).orElse(0))
                  .sum();
          ticks.put(name, sum);
        });
    return new CpuSnapshot(ticks, ProcStat.machineBusyTicks(), System.nanoTime());
  }
}
