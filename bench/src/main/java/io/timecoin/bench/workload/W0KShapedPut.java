package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.load.StageTimes;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.RawGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.client.Contract;

/**
 * W0K, Fabric's own cost of an earning's key set: W0's raw-gateway write to the bench's Put
 * chaincode, but reading five existing keys and writing six new ones of an earning's value lengths
 * ({@link EarningShape}), with no contract routing, JSON or rules. W1 minus W0K is what timecoin's
 * own work costs; W0K minus W0 is what Fabric charges for the ten keys beyond a one-key Put.
 */
final class W0KShapedPut implements Workload {

  @Override
  public String id() {
    return "W0K";
  }

  @Override
  public String title() {
    return "Put shaped like an earning: 5 reads, 6 writes, raw Fabric Gateway";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(s.clientConfig("platform"));
    List<Measurement> results = new ArrayList<>();
    try (RawGateway gateway = RawGateway.connect(config)) {
      Contract contract = gateway.contract(s.putChaincode());
      ShapedPuts puts = ShapedPuts.prepare(contract, s.runId() + ":w0k:", s.maxConcurrency());
      for (int c : s.concurrencies()) {
        String level = "c" + c + "-";
        StageTimes stages = new StageTimes();
        Measurement m =
            context
                .closedLoop()
                .run(
                    "W0K",
                    c,
                    s.measureFor(),
                    Long.MAX_VALUE,
                    (worker, seq) ->
                        StagedSubmit.submit(
                            contract, stages, "PutShaped", puts.args(worker, level + seq)));
        results.add(stages.addTo(m));
      }
    }
    return new WorkloadResult(id(), title(), "", results, Map.of(), notes(s.putChaincode()));
  }

  /** What W0K sends, for the report. */
  static List<String> notes(String chaincode) {
    return List.of(
        "chaincode "
            + chaincode
            + ": PutShaped reads "
            + EarningShape.reads()
            + " existing keys (values of "
            + EarningShape.argument(EarningShape.READ_VALUE_BYTES)
            + " bytes, each worker its own, written before measuring) and writes "
            + EarningShape.writes()
            + " new keys of "
            + EarningShape.argument(EarningShape.WRITE_VALUE_BYTES)
            + " bytes, an earning's; no JSON, no rules",
        "stages per request (other column): endorse, submit (hand-over to the orderer),"
            + " commit (wait for the validated block)");
  }
}
