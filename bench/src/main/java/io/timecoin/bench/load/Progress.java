package io.timecoin.bench.load;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prints a progress line every few seconds while a measurement runs: workload, elapsed time,
 * requests done, tx/s so far and failures, so a long run shows it is alive and how it goes.
 */
public final class Progress implements AutoCloseable {

  private final ScheduledExecutorService timer;

  private Progress(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /**
   * Starts printing {@link #line} for {@code recorder} every {@code periodSeconds} to {@code out}.
   */
  public static Progress start(
      PrintWriter out, String label, OutcomeRecorder recorder, int periodSeconds) {
    long started = System.nanoTime();
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bench-progress");
              t.setDaemon(true);
              return t;
            });
    timer.scheduleAtFixedRate(
        () -> {
          out.println(line(label, System.nanoTime() - started, recorder));
          out.flush();
        },
        periodSeconds,
        periodSeconds,
        TimeUnit.SECONDS);
    return new Progress(timer);
  }

  /** One progress line, e.g. {@code [W1 closed c=4] 10s: 123 done, 12.3 tx/s, 0 failed}. */
  public static String line(String label, long elapsedNanos, OutcomeRecorder recorder) {
    double seconds = elapsedNanos / 1e9;
    long done = recorder.successes();
    return String.format(
        Locale.ROOT,
        "  [%s] %.0fs: %d done, %.1f tx/s, %d failed",
        label,
        seconds,
        done,
        seconds > 0 ? done / seconds : 0,
        recorder.failureCount());
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
