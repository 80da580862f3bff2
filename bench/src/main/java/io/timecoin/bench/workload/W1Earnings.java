package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * W1: earnings through ledger-client, each worker crediting its own account, so writes never
 * conflict and the figure is what the network and chaincode can commit.
 */
final class W1Earnings implements Workload {

  @Override
  public String id() {
    return "W1";
  }

  @Override
  public String title() {
    return "earnings to distinct accounts, ledger-client";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
    List<String> accounts =
        Accounts.register(context.platform(), s.runId(), "w1", s.maxConcurrency());
    List<Measurement> results = new ArrayList<>();
    for (int c : s.concurrencies()) {
      String tag = "w1c" + c;
      long retriesBefore = context.retries();
      Measurement m =
          context
              .closedLoop()
              .run(
                  "W1",
                  c,
                  s.measureFor(),
                  Long.MAX_VALUE,
                  (worker, seq) ->
                      context
                          .platform()
                          .recordEarning(
                              Requests.earning(s.runId(), tag, accounts.get(worker), seq)));
      results.add(m.withExtra("retries", context.retries() - retriesBefore));
    }
    WorkloadResult result =
        new WorkloadResult(
            id(),
            title(),
            "",
            results,
            Map.of(),
            List.of(
                "one account per worker; the bench sets an earning policy with caps no run reaches"));
    context.w1Max(result.bestTxPerSecond());
    return result;
  }
}
