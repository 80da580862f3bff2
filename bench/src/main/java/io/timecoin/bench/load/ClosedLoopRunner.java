package io.timecoin.bench.load;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed loop: {@code concurrency} workers, each sending its next request as soon as the previous
 * one completed, until the duration is over or the request budget is spent. Measures the most the
 * system can take at that concurrency; latency is measured from each request's own start.
 */
public final class ClosedLoopRunner {

  private final PrintWriter progressOut;
  private final int progressSeconds;

  /**
   * Creates a runner.
   *
   * @param progressOut where progress lines go.
   * @param progressSeconds seconds between progress lines.
   */
  public ClosedLoopRunner(PrintWriter progressOut, int progressSeconds) {
    this.progressOut = progressOut;
    this.progressSeconds = progressSeconds;
  }

  /**
   * Runs {@code request} from {@code concurrency} workers.
   *
   * @param workload the workload label for the result and the progress lines.
   * @param concurrency number of workers, 1 or more.
   * @param duration stop starting requests after this long.
   * @param maxRequests stop starting requests after this many (all workers together).
   * @param request the request.
   * @return the measurement; the runner never throws for a failed request.
   */
  public Measurement run(
      String workload,
      int concurrency,
      Duration duration,
      long maxRequests,
      WorkloadRequest request)
      throws InterruptedException {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    String mode = "closed c=" + concurrency;
    OutcomeRecorder recorder = new OutcomeRecorder();
    AtomicLong sequence = new AtomicLong();
    long started = System.nanoTime();
    long deadline = started + duration.toNanos();
    List<Thread> workers = new ArrayList<>();
    Progress progress =
        Progress.start(progressOut, workload + " " + mode, recorder, progressSeconds);
    try {
      for (int w = 0; w < concurrency; w++) {
        int worker = w;
        Thread t =
            new Thread(
                () -> {
                  while (System.nanoTime() < deadline) {
                    long seq = sequence.getAndIncrement();
                    if (seq >= maxRequests) {
                      return;
                    }
                    long begin = System.nanoTime();
                    try {
                      request.execute(worker, seq);
                      recorder.recordSuccess(System.nanoTime() - begin);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                      return;
                    } catch (Exception e) {
                      recorder.recordFailure(e);
                    }
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
    return Measurement.of(workload, mode, System.nanoTime() - started, recorder);
  }
}
