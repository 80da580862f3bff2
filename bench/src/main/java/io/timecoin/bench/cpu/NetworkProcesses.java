package io.timecoin.bench.cpu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The processes whose CPU a measurement counts: every process {@code scripts/network} (and
 * scripts/bench) started for a run folder, found by its pid file {@code <run dir>/pids/<name>.pid}
 * (orderers, peers, each chaincode service, the APIs, CAs, the audit database and projector), plus
 * the load generator itself, named {@code load-generator}.
 */
public final class NetworkProcesses {

  /** The name under which the load generator's own CPU is reported. */
  public static final String LOAD_GENERATOR = "load-generator";

  private NetworkProcesses() {}

  /**
   * The live processes of {@code runDir} by name, and this JVM. A pid file whose process is gone,
   * or whose process belongs to another run folder (a reused pid), is left out.
   */
  public static Map<String, Long> of(Path runDir) throws IOException {
    Map<String, Long> pids = new TreeMap<>();
    Path dir = runDir.resolve("pids");
    if (Files.isDirectory(dir)) {
      List<Path> files;
      try (Stream<Path> listing = Files.list(dir)) {
        files = listing.filter(f -> f.getFileName().toString().endsWith(".pid")).sorted().toList();
      }
      for (Path file : files) {
        String name = file.getFileName().toString().replaceFirst("\\.pid$", "");
        pid(file).filter(pid -> belongsTo(pid, runDir)).ifPresent(pid -> pids.put(name, pid));
      }
    }
    pids.put(LOAD_GENERATOR, ProcessHandle.current().pid());
    return pids;
  }

  private static Optional<Long> pid(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
      return text.matches("[0-9]+") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether {@code pid} is alive and was started for {@code runDir}: scripts/network marks each
   * process with {@code TIMECOIN_RUN_DIR}. A process whose environment cannot be read is taken at
   * its pid file's word.
   */
  static boolean belongsTo(long pid, Path runDir) {
    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
      return false;
    }
    byte[] environ;
    try {
      environ = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
    } catch (IOException e) {
      return true;
    }
    List<String> marks = new ArrayList<>();
    for (String entry : new String(environ, StandardCharsets.UTF_8).split("\0")) {
      if (entry.startsWith("TIMECOIN_RUN_DIR=")) {
        marks.add(entry.substring("TIMECOIN_RUN_DIR=".length()));
      }
    }
    return marks.isEmpty() || marks.stream().anyMatch(m -> samePath(Path.of(m), runDir));
  }

  private static boolean samePath(Path a, Path b) {
    try {
      return a.toRealPath().equals(b.toRealPath());
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }
}
