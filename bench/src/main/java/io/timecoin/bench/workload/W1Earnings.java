package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.load.StageTimes;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.RawGateway;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.TransactionNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.client.Contract;

/**
 * W1: earnings through ledger-client, each worker crediting its own account, so writes never
 * conflict and the figure is what the network and chaincode can commit.
 *
 * <p>Then a profile: the same earnings at W1's best concurrency, sent through the raw gateway with
 * each stage timed ({@link StagedSubmit}), so that a missed target can say whether the time goes to
 * endorsement (chaincode, JSON, two peers), the hand-over to the orderer or the commit wait (block
 * cutting and validation). Reported as figures, not as a W1 row: it is not the client's path and
 * must not change W1's best.
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
    int best =
        results.stream()
            .max(Comparator.comparingDouble(Measurement::txPerSecond))
            .map(W1Earnings::concurrencyOf)
            .orElse(s.maxConcurrency());
    Map<String, Double> figures = new LinkedHashMap<>(profile(context, accounts, best));
    WorkloadResult result =
        new WorkloadResult(
            id(),
            title(),
            "",
            results,
            figures,
            List.of(
                "one account per worker; the bench sets an earning policy with caps no run reaches",
                "profile: the same earnings through the raw gateway at c="
                    + best
                    + " (W1's best), stages timed: endorse (proposal, chaincode on 2 of 3 peers,"
                    + " JSON), submit (hand-over to the orderer), commit (wait for the validated"
                    + " block); W1's p50 minus their sum is the client's own time"));
    context.w1Max(result.bestTxPerSecond());
    return result;
  }

  /** The stage profile at concurrency {@code c}, as figures named {@code profile <stage> ...}. */
  private static Map<String, Double> profile(BenchContext context, List<String> accounts, int c)
      throws InterruptedException {
    BenchSettings s = context.settings();
    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(s.clientConfig("platform"));
    StageTimes stages = new StageTimes();
    Measurement m;
    try (RawGateway gateway = RawGateway.connect(config)) {
      Contract contract = gateway.contract(config.chaincodeName());
      String tag = "w1prof";
      m =
          context
              .closedLoop()
              .run(
                  "W1 profile",
                  c,
                  s.measureFor(),
                  Long.MAX_VALUE,
                  (worker, seq) ->
                      StagedSubmit.submit(
                          contract,
                          stages,
                          TransactionNames.RECORD_EARNING,
                          LedgerJson.write(
                              Requests.earning(s.runId(), tag, accounts.get(worker), seq))));
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("profile tx/s", m.txPerSecond());
    figures.put("profile p50 ms", m.p50Millis());
    figures.put("profile failed", (double) m.failureCount());
    stages.percentiles().forEach((name, value) -> figures.put("profile " + name, value));
    return figures;
  }

  private static int concurrencyOf(Measurement m) {
    return Integer.parseInt(m.mode().substring(m.mode().indexOf('=') + 1));
  }
}
