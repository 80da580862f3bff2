package io.timecoin.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The machine's 1-minute load average (Linux {@code /proc/loadavg}) sampled while a workload runs:
 * the development machine is shared, so every figure says how busy it was meanwhile.
 */
public final class LoadAverage implements AutoCloseable {

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private final ScheduledExecutorService timer;
  private double sum;
  private double max;
  private int samples;

  /** Takes no samples of its own (tests add them). */
  LoadAverage() {
    timer = null;
  }

  private LoadAverage(int everySeconds) {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bench-load-average");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(this::sample, 0, everySeconds, TimeUnit.SECONDS);
  }

  /** Starts sampling every {@code everySeconds}. */
  public static LoadAverage sample(int everySeconds) {
    return new LoadAverage(everySeconds);
  }

  /** The 1-minute load average of the first field of a {@code /proc/loadavg} line. */
  static OptionalDouble parse(String line) {
    String[] fields = line.trim().split("\\s+");
    try {
      return fields.length == 0 || fields[0].isEmpty()
          ? OptionalDouble.empty()
          : OptionalDouble.of(Double.parseDouble(fields[0]));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  private void sample() {
    try {
      parse(Files.readString(LOADAVG)).ifPresent(this::add);
    } catch (IOException e) {
      // Not Linux: no figure, nothing else changes.
    }
  }

  synchronized void add(double load) {
    sum += load;
    max = Math.max(max, load);
    samples++;
  }

  /** The mean of the samples, empty without any. */
  public synchronized OptionalDouble mean() {
    return samples == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / samples);
  }

  /** The highest sample, empty without any. */
  public synchronized OptionalDouble max() {
    return samples == 0 ? OptionalDouble.empty() : OptionalDouble.of(max);
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
