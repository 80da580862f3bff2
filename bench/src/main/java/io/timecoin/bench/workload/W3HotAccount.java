package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * W3: one hot account, many concurrent writers. Each block can commit only one write to an account
 * (every write reads and updates its balance), so the others fail with MVCC_READ_CONFLICT and the
 * client re-runs them; this measures the success rate, the re-runs per request and the throughput
 * that leaves.
 */
final class W3HotAccount implements Workload {

  @Override
  public String id() {
    return "W3";
  }

  @Override
  public String title() {
    return "one hot account, concurrent writers, ledger-client";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
    String hot = Accounts.register(context.platform(), s.runId(), "w3", 1).get(0);
    long retriesBefore = context.retries();
    // A request budget rather than a duration: every request must finish (commit or give up) for
    // the success rate to mean something; the long deadline only guards against a hung network.
    Measurement m =
        context
            .closedLoop()
            .run(
                "W3",
                s.hotWriters(),
                Duration.ofMinutes(30),
                s.hotRequests(),
                (worker, seq) ->
                    context.platform().recordEarning(Requests.earning(s.runId(), "w3", hot, seq)));
    long requests = m.successes() + m.failureCount();
    long retries = context.retries() - retriesBefore;
    m =
        m.withExtra("retriesPerRequest", requests == 0 ? 0 : retries / (double) requests)
            .withExtra("successRate", requests == 0 ? 0 : m.successes() / (double) requests);
    return new WorkloadResult(
        id(),
        title(),
        "",
        List.of(m),
        Map.of("writers", (double) s.hotWriters(), "requests", (double) s.hotRequests()),
        List.of(
            "re-runs (after read conflicts or endorsement disagreement on the hot key) counted by the"
                + " client's own retry policy (its default attempts, 50 ms-1 s jittered backoff); a request"
                + " fails only when all its attempts did"));
  }
}
