package io.timecoin.bench.workload;

import io.timecoin.bench.cpu.CpuPerRequest;
import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * W4: balance reads ({@code GetAccount}, evaluated on the gateway peer, not ordered) through the
 * client and through the API, over accounts that hold entries.
 */
final class W4Reads implements Workload {

  /** Accounts read round-robin; each got one earning, so reads return a real balance. */
  private static final int ACCOUNTS = 32;

  @Override
  public String id() {
    return "W4";
  }

  @Override
  public String title() {
    return "balance reads, ledger-client and HTTP API";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
    List<String> accounts = Accounts.register(context.platform(), s.runId(), "w4", ACCOUNTS);
    Accounts.credit(context.platform(), s.runId(), "w4", accounts, Requests.EARNING);
    // Per level: CPU ms per read of every process, so API and client reads can be compared by
    // what they cost, not only by latency on a shared machine.
    CpuPerRequest cpu = CpuPerRequest.of(s.runDir());
    List<Measurement> results = new ArrayList<>();
    for (int c : s.concurrencies()) {
      results.add(
          cpu.measure(
              () ->
                  context
                      .closedLoop()
                      .run(
                          "W4 client",
                          c,
                          s.measureFor(),
                          Long.MAX_VALUE,
                          (worker, seq) ->
                              context
                                  .platform()
                                  .getAccount(accounts.get((int) (seq % ACCOUNTS))))));
    }
    List<String> notes = new ArrayList<>();
    PlatformApi api = new PlatformApi(s.apiBaseUrl(), s.apiKey());
    Optional<String> unusable = api.unusable();
    if (unusable.isPresent()) {
      notes.add("W4 API skipped: " + unusable.get());
    } else {
      for (int c : s.concurrencies()) {
        results.add(
            cpu.measure(
                () ->
                    context
                        .closedLoop()
                        .run(
                            "W4 API",
                            c,
                            s.measureFor(),
                            Long.MAX_VALUE,
                            (worker, seq) ->
                                api.getAccount(accounts.get((int) (seq % ACCOUNTS))))));
      }
    }
    return new WorkloadResult(id(), title(), "", results, Map.of(), notes);
  }
}
