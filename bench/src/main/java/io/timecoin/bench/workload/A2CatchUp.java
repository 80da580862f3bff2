package io.timecoin.bench.workload;

import io.timecoin.audit.BlockVerifier;
import io.timecoin.audit.VerificationSummary;
import io.timecoin.audit.peer.ChainReader;
import io.timecoin.audit.peer.PeerConnection;
import io.timecoin.auditstore.block.GatewayBlockSource;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.auditstore.projection.Projector;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.client.LedgerConnectionConfig;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A2: catch-up from block 0 over the whole chain, each alone: the block verifier ({@code timecoin
 * audit verify}'s code: every block's hashes and signatures checked, blocks streamed from the
 * auditor's peer), then the projector ({@code project --catch-up}'s code) into a fresh database on
 * the auditor's PostgreSQL server. Figures: blocks/s and tx/s from the first block to the last, and
 * how many times W1's write rate that is (issue 14's target: 10x).
 */
final class A2CatchUp implements Workload {

  /** The projector's batch, as {@code project} runs it by default. */
  static final int BATCH_BLOCKS = 200;

  private static final long PROGRESS_NANOS = 5_000_000_000L;

  @Override
  public String id() {
    return "A2";
  }

  @Override
  public String title() {
    return "catch-up from block 0: block verifier, then projection into a fresh database";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    LedgerConnectionConfig auditor =
        LedgerConnectionConfig.fromProperties(s.clientConfig("auditor"));
    Map<String, Double> figures = new TreeMap<>();
    List<String> notes = new ArrayList<>();
    double w1 = context.w1Max();

    BlockVerifier verifier = BlockVerifier.fromGenesis();
    AtomicLong verified = new AtomicLong();
    long[] lastSaid = {System.nanoTime()};
    long started = System.nanoTime();
    long height;
    try (PeerConnection peer = PeerConnection.open(auditor, auditor)) {
      height =
          new ChainReader(peer)
              .verifyToTip(
                  verifier,
                  block -> {
                    long n = verified.incrementAndGet();
                    if (System.nanoTime() - lastSaid[0] > PROGRESS_NANOS) {
                      lastSaid[0] = System.nanoTime();
                      context.say(
                          String.format(
                              Locale.ROOT,
                              "  [A2 verify] %.0fs: %d blocks",
                              (lastSaid[0] - started) / 1e9,
                              n));
                    }
                  });
    }
    double verifySeconds = (System.nanoTime() - started) / 1e9;
    VerificationSummary summary = verifier.summary();
    figures.put("chain height", (double) height);
    figures.put("verify seconds", verifySeconds);
    figures.put("verify blocks", (double) summary.blocks());
    figures.put("verify transactions", (double) summary.transactions());
    figures.put("verify signatures", (double) summary.signatures());
    figures.put("verify breaks", (double) summary.breaks());
    figures.put("verify blocks/s", summary.blocks() / verifySeconds);
    figures.put("verify tx/s", summary.transactions() / verifySeconds);
    if (w1 > 0) {
      figures.put("verify x W1", summary.transactions() / verifySeconds / w1);
    }
    context.say(
        String.format(
            Locale.ROOT,
            "  A2 verify: %d blocks, %d transactions, %d signatures, %d breaks in %.1f s",
            summary.blocks(),
            summary.transactions(),
            summary.signatures(),
            summary.breaks(),
            verifySeconds));

    // The projection as it ships, into the database A4 queries; then, for comparison, the same
    // catch-up sending its rows after every block (audit-store before this benchmark). The
    // second run has the warmer JVM, so the comparison does not favour the first.
    AuditDbConfig server = AuditDbConfig.fromProperties(s.audit().database());
    Projection shipped =
        project(context, auditor, server, "bench_" + s.runId(), height, Projector.FLUSH_ROWS);
    context.auditProjection(shipped.database());
    Projection perBlock =
        project(context, auditor, server, "bench_" + s.runId() + "_per_block", height, 1);
    shipped.addTo(figures, "project", w1);
    perBlock.addTo(figures, "project (rows sent per block)", w1);
    if (w1 > 0) {
      figures.put("w1MaxTxPerSecond", w1);
    }
    notes.add(
        "verify: BlockVerifier.fromGenesis over the auditor peer's block stream (ChainReader),"
            + " every block's hashes, orderer, creator and endorsement signatures and policies;"
            + " one JVM, warm from the run before");
    notes.add(
        "project: Projector.projectThrough(height - 1) with batches of "
            + BATCH_BLOCKS
            + " blocks into a fresh database on the auditor's PostgreSQL; gateway block events"
            + " from the auditor's peer; the database is created and migrated before the clock"
            + " starts. 'project' sends rows "
            + Projector.FLUSH_ROWS
            + " at a time (as shipped); 'project (rows sent per block)' is the same catch-up"
            + " into a second fresh database sending each block's rows as it is decoded, as"
            + " audit-store did before; it runs second, on the warmer JVM");
    notes.add("tx/s counts every transaction of every block, valid or not (config included)");
    return new WorkloadResult(id(), title(), "", List.of(), figures, notes);
  }

  /** One catch-up of the projector from block 0: what it wrote, into which database, how fast. */
  private record Projection(
      AuditDbConfig database, long blocks, long transactions, double seconds) {

    void addTo(Map<String, Double> figures, String name, double w1) {
      figures.put(name + " seconds", seconds);
      figures.put(name + " blocks", (double) blocks);
      figures.put(name + " transactions", (double) transactions);
      figures.put(name + " blocks/s", blocks / seconds);
      figures.put(name + " tx/s", transactions / seconds);
      if (w1 > 0) {
        figures.put(name + " x W1", transactions / seconds / w1);
      }
    }
  }

  private static Projection project(
      BenchContext context,
      LedgerConnectionConfig auditor,
      AuditDbConfig server,
      String name,
      long height,
      int flushRows)
      throws SQLException {
    AuditDbConfig fresh = FreshAuditDatabase.create(server, name);
    try (AuditDatabase db = AuditDatabase.open(fresh, "timecoin-bench-projector", 2);
        GatewayBlockSource blocks = GatewayBlockSource.connect(auditor)) {
      Projector projector =
          new Projector(db.jdbi(), blocks, auditor.chaincodeName(), BATCH_BLOCKS, flushRows);
      long started = System.nanoTime();
      long projected;
      ProjectionProgress progress = new ProjectionProgress(context, projector);
      try {
        projected = projector.projectThrough(height - 1);
      } finally {
        progress.close();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      // one() inside withHandle: the handle (and its connection) closes when withHandle returns.
      long transactions =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT count(*) FROM transactions").mapTo(Long.class).one());
      context.say(
          String.format(
              Locale.ROOT,
              "  A2 project (rows sent every %d): %d blocks, %d transactions in %.1f s",
              flushRows,
              projected,
              transactions,
              seconds));
      return new Projection(fresh, projected, transactions, seconds);
    }
  }

  /** Prints the projector's checkpoint every 5 s while a catch-up runs. */
  private static final class ProjectionProgress implements AutoCloseable {
    private final Thread thread;

    ProjectionProgress(BenchContext context, Projector projector) {
      long started = System.nanoTime();
      thread =
          new Thread(
              () -> {
                while (!Thread.currentThread().isInterrupted()) {
                  try {
                    Thread.sleep(PROGRESS_NANOS / 1_000_000);
                  } catch (InterruptedException e) {
                    return;
                  }
                  context.say(
                      String.format(
                          Locale.ROOT,
                          "  [A2 project] %.0fs: through block %s",
                          (System.nanoTime() - started) / 1e9,
                          projector.checkpoint().isPresent()
                              ? Long.toString(projector.checkpoint().getAsLong())
                              : "-"));
                }
              },
              "bench-A2-progress");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() {
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
