package io.timecoin.bench.caliper;

/**
 * One Caliper round's figures: Caliper's own (its report's summary row) and what the workload
 * module recorded from Caliper's transaction statuses (percentiles, requests in flight, the
 * machine's load).
 *
 * @param round the round as planned (kind, W1 level, offered rate).
 * @param succ transactions Caliper counted as committed valid.
 * @param fail transactions Caliper counted as failed.
 * @param sendRate Caliper's "Send Rate (TPS)".
 * @param throughput Caliper's "Throughput (TPS)": finished transactions (valid or not) per second
 *     from the first one created to the last one finished.
 * @param avgLatencySeconds Caliper's "Avg Latency (s)" of the successes.
 * @param maxLatencySeconds Caliper's "Max Latency (s)".
 * @param p50Millis median latency of the successes, from Caliper's create and finish times.
 * @param p99Millis 99th percentile of the same.
 * @param recordedSucc successes in the workload module's records (must equal {@code succ}).
 * @param inFlightMean time-weighted mean of earnings in flight.
 * @param inFlightMax most earnings in flight at once.
 * @param sharedAccountRequests earnings sent to an account that already had one in flight.
 * @param loadMean the machine's 1-minute load average during the round, mean.
 * @param loadMax the same, highest.
 * @param clientCpuMillis CPU time of the Caliper worker process while the round sent (its
 *     connector, signatures, gRPC), all workers together.
 */
public record CaliperRound(
    CaliperPlan.Round round,
    long succ,
    long fail,
    double sendRate,
    double throughput,
    double avgLatencySeconds,
    double maxLatencySeconds,
    double p50Millis,
    double p99Millis,
    long recordedSucc,
    double inFlightMean,
    int inFlightMax,
    long sharedAccountRequests,
    double loadMean,
    double loadMax,
    double clientCpuMillis) {

  /** The Caliper client's CPU milliseconds per committed earning (NaN without successes). */
  public double clientCpuMillisPerTx() {
    return succ == 0 ? Double.NaN : clientCpuMillis / succ;
  }

  /** Committed (valid) transactions per second: Caliper's throughput less its failures' share. */
  public double committedPerSecond() {
    long finished = succ + fail;
    return finished == 0 ? 0 : throughput * succ / finished;
  }
}
