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
 * W0, the network's ceiling on this machine: a one-key Put through the raw Fabric Gateway to the
 * bench's Put chaincode, with the same connection wiring, endorsement policy and channel as the
 * timecoin writes. Each request writes its own key and reads none, so none can conflict.
 */
final class W0RawPut implements Workload {

  @Override
  public String id() {
    return "W0";
  }

  @Override
  public String title() {
    return "baseline: one-key Put, raw Fabric Gateway";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(s.clientConfig("platform"));
    List<Measurement> results = new ArrayList<>();
    try (RawGateway gateway = RawGateway.connect(config)) {
      Contract contract = gateway.contract(s.putChaincode());
      // One write before measuring: proves the Put chaincode is deployed (else the workload is
      // reported as skipped with this failure) and warms the connection.
      contract.submitTransaction("Put", s.runId() + ":w0:probe", "v");
      for (int c : s.concurrencies()) {
        String tag = s.runId() + ":w0:c" + c + ":";
        StageTimes stages = new StageTimes();
        Measurement m =
            context
                .closedLoop()
                .run(
                    "W0",
                    c,
                    s.measureFor(),
                    Long.MAX_VALUE,
                    (worker, seq) -> StagedSubmit.submit(contract, stages, "Put", tag + seq, "v"));
        results.add(stages.addTo(m));
      }
    }
    return new WorkloadResult(
        id(),
        title(),
        "",
        results,
        Map.of(),
        List.of(
            "chaincode " + s.putChaincode() + ": Put(key, value), no read, no JSON",
            "stages per request (other column): endorse, submit (hand-over to the orderer),"
                + " commit (wait for the validated block)"));
  }
}
