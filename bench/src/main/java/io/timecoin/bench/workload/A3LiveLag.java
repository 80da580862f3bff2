package io.timecoin.bench.workload;

import io.timecoin.audit.peer.PeerConnection;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.client.LedgerConnectionConfig;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A3: the live projector's lag behind the chain tip under load. W6's mix runs at a share of W1's
 * best (default 90%) while {@link LagSampler} compares the network's own projector (the {@code
 * audit-projector} process {@code scripts/network up} starts, writing to the auditor's database)
 * with the auditor peer's chain height every 200 ms. Issue 14's target: under 2 blocks.
 */
final class A3LiveLag implements Workload {

  /** How long the projector may take to reach the tip before the load starts. */
  private static final long SETTLE_MILLIS = 120_000;

  @Override
  public String id() {
    return "A3";
  }

  @Override
  public String title() {
    return "the live projector's lag behind the chain tip under W6's mix";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    AuditSettings audit = s.audit();
    double full = context.w1Max();
    if (full <= 0) {
      return WorkloadResult.skipped(id(), title(), "W1 did not run and no --w1-max was given");
    }
    LedgerConnectionConfig auditor =
        LedgerConnectionConfig.fromProperties(s.clientConfig("auditor"));
    AuditDbConfig database = AuditDbConfig.fromProperties(audit.database());
    List<String> accounts = W6Mixed.setUp(context);
    Measurement m;
    LagStats lag;
    LagStats lower;
    long settledLag;
    try (PeerConnection peer = PeerConnection.open(auditor, auditor);
        LagSampler sampler = new LagSampler(peer, database, audit.lagEvery())) {
      // The lag before the load: the projector must be at the tip, or the figures measure its
      // catch-up, not its keeping up.
      long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
      settledLag = sampler.lagNow();
      while (settledLag > 0 && System.currentTimeMillis() < deadline) {
        Thread.sleep(200);
        settledLag = sampler.lagNow();
      }
      if (settledLag > 0) {
        return WorkloadResult.skipped(
            id(),
            title(),
            "the network's projector is "
                + settledLag
                + " blocks behind after "
                + SETTLE_MILLIS / 1000
                + " s without load: is audit-projector running (scripts/network status)?");
      }
      context.say("  A3: the projector is at the tip; load and sampling start");
      sampler.start();
      m = W6Mixed.measureAt(context, accounts, audit.lagShare(), full, audit.lagFor());
      lag = sampler.stats();
      lower = sampler.lowerBound();
    }
    Map<String, Double> figures = new TreeMap<>();
    figures.put("lag max blocks", (double) lag.max());
    figures.put("lag p99 blocks", (double) lag.percentile(99));
    figures.put("lag p50 blocks", (double) lag.percentile(50));
    figures.put("lag mean blocks", lag.mean());
    figures.put("lag samples", (double) lag.samples());
    figures.put("lag failed samples", (double) lag.failedSamples());
    figures.put("lag lower bound max blocks", (double) lower.max());
    figures.put("lag lower bound p99 blocks", (double) lower.percentile(99));
    figures.put("lag lower bound mean blocks", lower.mean());
    figures.put("w1MaxTxPerSecond", full);
    context.say(
        String.format(
            Locale.ROOT,
            "  A3: lag max %d, p99 %d, p50 %d blocks over %d samples",
            lag.max(),
            lag.percentile(99),
            lag.percentile(50),
            lag.samples()));
    return new WorkloadResult(
        id(),
        title(),
        "",
        List.of(
            m.withExtra("lagMaxBlocks", lag.max())
                .withExtra("lagP99Blocks", lag.percentile(99))
                .withExtra("lagSamples", lag.samples())),
        figures,
        List.of(
            "W6's mix (40% earn, 20% pay for help, 10% voucher purchase, 30% reads) at "
                + Math.round(audit.lagShare() * 100)
                + "% of W1's best for "
                + audit.lagFor().toSeconds()
                + " s",
            "lag = the auditor peer's last block minus the projection's checkpoint, sampled every "
                + audit.lagEvery().toMillis()
                + " ms with the checkpoint read before the height (so a block committed between"
                + " the two reads counts as lag); 'lower bound' takes the checkpoint read just"
                + " after the height; the projector is the network's own audit-projector process",
            "nearest-rank percentiles over the samples"));
  }
}
