package io.timecoin.bench.load;

/**
 * One request of a workload. A runner calls it from many threads at once; it returns when the
 * request has completed (for a write: committed) and throws when it failed, so the runner can time
 * it and count the failure by cause.
 */
@FunctionalInterface
public interface WorkloadRequest {

  /**
   * Sends one request and waits for its outcome.
   *
   * @param worker the index of the calling worker thread, from 0; closed-loop workloads use it to
   *     give each writer its own account.
   * @param sequence a number unique to this request within one run, from 0.
   * @throws Exception any failure; its cause is counted, the run goes on.
   */
  void execute(int worker, long sequence) throws Exception;
}
