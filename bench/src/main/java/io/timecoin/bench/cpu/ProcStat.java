package io.timecoin.bench.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Reads the CPU time a process has used so far from {@code /proc/<pid>/stat}: utime + stime, in
 * clock ticks. The process name (field 2) is in parentheses and may itself hold spaces or
 * parentheses, so fields are counted from the last {@code ')'}.
 */
public final class ProcStat {

  /** Index of utime (field 14 of proc(5)) among the fields after the name; stime follows. */
  private static final int UTIME_AFTER_NAME = 11;

  private ProcStat() {}

  /** utime + stime in clock ticks from one {@code stat} line. */
  public static long cpuTicks(String statLine) {
    int close = statLine.lastIndexOf(')');
    if (close < 0) {
      throw new IllegalArgumentException("not a /proc/<pid>/stat line: no ')' after the name");
    }
    String[] fields = statLine.substring(close + 1).trim().split("\\s+");
    if (fields.length <= UTIME_AFTER_NAME + 1) {
      throw new IllegalArgumentException(
          "not a /proc/<pid>/stat line: " + fields.length + " fields after the name");
    }
    return Long.parseLong(fields[UTIME_AFTER_NAME]) + Long.parseLong(fields[UTIME_AFTER_NAME + 1]);
  }

  /** utime + stime of {@code pid} in clock ticks, or empty if the process is gone. */
  public static OptionalLong cpuTicks(long pid) {
    try {
      return OptionalLong.of(
          cpuTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat"))));
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * Busy ticks of the whole machine so far (all cores), from the first line of {@code /proc/stat}:
   * everything but idle and iowait. Shows how much of the machine the measured processes had.
   */
  public static long machineBusyTicks(String procStatFirstLine) {
    String[] f = procStatFirstLine.trim().split("\\s+");
    if (f.length < 5 || !f[0].equals("cpu")) {
      throw new IllegalArgumentException("not the 'cpu' line of /proc/stat");
    }
    long busy = 0;
    // user nice system idle iowait irq softirq steal (guest time is already in user).
    for (int i = 1; i < Math.min(f.length, 9); i++) {
      if (i != 4 && i != 5) {
        busy += Long.parseLong(f[i]);
      }
    }
    return busy;
  }

  /** Busy ticks of the machine so far, or -1 where {@code /proc/stat} cannot be read. */
  public static long machineBusyTicks() {
    try (var lines = Files.lines(Path.of("/proc/stat"))) {
      return lines.findFirst().map(ProcStat::machineBusyTicks).orElse(-1L);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Clock ticks per second ({@code getconf CLK_TCK}); 100 where getconf cannot tell. */
  public static int clockTicksPerSecond() {
    try {
      Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).trim();
      return p.waitFor() == 0 ? Integer.parseInt(out) : 100;
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
