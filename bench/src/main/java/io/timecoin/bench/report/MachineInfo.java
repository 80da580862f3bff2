package io.timecoin.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The machine a run was measured on; figures from another machine are not comparable.
 *
 * @param cores processors available to the JVM.
 * @param memoryMib total memory in MiB (from /proc/meminfo; 0 if unknown).
 * @param cpuModel the CPU model name (from /proc/cpuinfo; "unknown" if absent).
 * @param os operating system name and version.
 * @param java the Java runtime version of the load generator.
 */
public record MachineInfo(int cores, long memoryMib, String cpuModel, String os, String java) {

  /** Describes the machine this JVM runs on. */
  public static MachineInfo current() {
    return new MachineInfo(
        Runtime.getRuntime().availableProcessors(),
        memoryMib(lines(Path.of("/proc/meminfo"))),
        cpuModel(lines(Path.of("/proc/cpuinfo"))),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("java.runtime.version"));
  }

  static long memoryMib(List<String> meminfo) {
    for (String line : meminfo) {
      if (line.startsWith("MemTotal:")) {
        String[] words = line.trim().split("\\s+");
        return Long.parseLong(words[1]) / 1024;
      }
    }
    return 0;
  }

  static String cpuModel(List<String> cpuinfo) {
    for (String line : cpuinfo) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return "unknown";
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
