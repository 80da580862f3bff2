package io.timecoin.bench.load;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open loop: requests are due at a fixed rate whatever the system does, and each one's latency
 * counts from when it was due ({@link RateSchedule}). A pool of workers takes the next due request;
 * when all are busy the due times slip into the past and that wait shows up as latency, as it would
 * for users arriving at that rate.
 */
public final class FixedRateRunner {

  private final PrintWriter progressOut;
  private final int progressSeconds;

  /**
   * Creates a runner.
   *
   * @param progressOut where progress lines go.
   * @param progressSeconds seconds between progress lines.
   */
  public FixedRateRunner(PrintWriter progressOut, int progressSeconds) {
    this.progressOut = progressOut;
    this.progressSeconds = progressSeconds;
  }

  /**
   * Sends {@code request} at {@code ratePerSecond} for {@code duration}.
   *
   * @param workload the workload label.
   * @param ratePerSecond requests per second.
   * @param duration requests due within this time are sent (all of them, however late).
   * @param maxInFlight workers, the most requests outstanding at once.
   * @param request the request.
   * @return the measurement; its tx/s falls below the target rate when the system cannot keep up,
   *     and its latencies then include the time requests waited past their due time.
   */
  public Measurement run(
      String workload,
      double ratePerSecond,
      Duration duration,
      int maxInFlight,
      WorkloadRequest request)
      throws InterruptedException {
    if (maxInFlight < 1) {
      throw new IllegalArgumentException("maxInFlight must be at least 1");
    }
    String mode = String.format(Locale.ROOT, "fixed-rate %.1f/s", ratePerSecond);
    OutcomeRecorder recorder = new OutcomeRecorder();
    long started = System.nanoTime();
    RateSchedule schedule = new RateSchedule(started, ratePerSecond);
    long total = schedule.requestsWithin(duration.toNanos());
    AtomicLong next = new AtomicLong();
    List<Thread> workers = new ArrayList<>();
    Progress progress =
        Progress.start(progressOut, workload + " " + mode, recorder, progressSeconds);
    try {
      for (int w = 0; w < maxInFlight; w++) {
        int worker = w;
        Thread t =
            new Thread(
                () -> {
                  try {
                    for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                      long due = schedule.intendedNanos(i);
                      sleepUntil(due);
                      try {
                        request.execute(worker, i);
                        recorder.recordSuccess(System.nanoTime() - due);
                      } catch (InterruptedException e) {
                        throw e;
                      } catch (Exception e) {
                        recorder.recordFailure(e);
                      }
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "bench-" + workload + "-" + w);
        t.setDaemon(true);
        workers.add(t);
        t.start();
      }
      for (Thread t : workers) {
        t.join();
      }
    } finally {
      progress.close();
    }
    long took = System.nanoTime() - started;
    return Measurement.of(workload, mode, took, recorder)
        .withExtra("targetRate", ratePerSecond)
        .withExtra("scheduleSeconds", duration.toMillis() / 1000.0);
  }

  private static void sleepUntil(long dueNanos) throws InterruptedException {
    long wait = dueNanos - System.nanoTime();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }
}
