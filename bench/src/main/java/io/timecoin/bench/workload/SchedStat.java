package io.timecoin.bench.workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * Where a thread's or a process's time went, from Linux's scheduler statistics ({@code
 * /proc/<pid>/schedstat}: nanoseconds spent on a CPU, nanoseconds spent runnable but waiting in a
 * run queue for one, timeslices). A4 reads it for its own query thread and the database backends
 * that answer it, so a slow query's time splits into the client's work, the database's work and
 * waits for a core. Empty where the files are missing (another OS, a database on another machine).
 *
 * @param onCpuNanos time spent running.
 * @param waitingNanos time spent runnable, waiting for a core.
 * @param timeslices times it was put on a core: for a PostgreSQL backend answering one client,
 *     about one per message exchange (round trip) with it.
 */
record SchedStat(long onCpuNanos, long waitingNanos, long timeslices) {

  static final SchedStat ZERO = new SchedStat(0, 0, 0);

  /** The calling thread's figures ({@code /proc/thread-self} resolves to the reading thread). */
  static Optional<SchedStat> currentThread() {
    return read(Path.of("/proc/thread-self/schedstat"));
  }

  /**
   * The sum over the single-threaded processes {@code pids} (PostgreSQL backends), or empty if any
   * cannot be read.
   */
  static Optional<SchedStat> processes(Collection<Long> pids) {
    SchedStat sum = ZERO;
    for (long pid : pids) {
      Optional<SchedStat> one = read(Path.of("/proc", Long.toString(pid), "schedstat"));
      if (one.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.plus(one.get());
    }
    return Optional.of(sum);
  }

  /** Parses a {@code schedstat} line: {@code <on cpu ns> <waiting ns> <timeslices>}. */
  static Optional<SchedStat> parse(String line) {
    String[] fields = line.trim().split("\\s+");
    if (fields.length < 3) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new SchedStat(
              Long.parseLong(fields[0]), Long.parseLong(fields[1]), Long.parseLong(fields[2])));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  SchedStat plus(SchedStat other) {
    return new SchedStat(
        onCpuNanos + other.onCpuNanos,
        waitingNanos + other.waitingNanos,
        timeslices + other.timeslices);
  }

  SchedStat minus(SchedStat earlier) {
    return new SchedStat(
        onCpuNanos - earlier.onCpuNanos,
        waitingNanos - earlier.waitingNanos,
        timeslices - earlier.timeslices);
  }

  private static Optional<SchedStat> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.US_ASCII));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
