package io.timecoin.bench.workload;

import io.timecoin.bench.report.WorkloadResult;

/** One of the workloads W0-W6. */
public interface Workload {

  /** The id, {@code W0}..{@code W6}. */
  String id();

  /** What it measures, in a few words. */
  String title();

  /**
   * Seeds what it needs, then measures. Failed requests are counted, not thrown; an exception means
   * the workload could not run at all and is reported as skipped with its reason.
   */
  WorkloadResult run(BenchContext context) throws Exception;
}
