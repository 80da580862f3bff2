package io.timecoin.bench.workload;

import io.timecoin.audit.peer.PeerConnection;
import io.timecoin.auditstore.db.AuditDbConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples, at a fixed period, how far the network's running projector is behind the auditor's peer:
 * first the projection's checkpoint (its own database, read-only), then the peer's chain height
 * (qscc {@code GetChainInfo} on that peer). Reading the checkpoint first can only overstate the lag
 * (a block committed between the two reads counts against the projector), never hide it.
 */
final class LagSampler implements AutoCloseable {

  private static final String CHECKPOINT =
      "SELECT block_number FROM projection_checkpoint WHERE id = 1";

  private final LagStats stats = new LagStats();
  private final LagStats lowerBound = new LagStats();
  private final PeerConnection peer;
  private final Connection db;
  private final PreparedStatement checkpoint;
  private final ScheduledExecutorService timer;
  private final Duration every;

  /** Connects to the database; sampling starts with {@link #start()}. */
  LagSampler(PeerConnection peer, AuditDbConfig database, Duration every) throws SQLException {
    this.every = every;
    this.peer = peer;
    this.db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
    db.setReadOnly(true);
    db.setAutoCommit(true);
    this.checkpoint = db.prepareStatement(CHECKPOINT);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bench-lag-sampler");
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts sampling every {@code every}, from now on. */
  void start() {
    timer.scheduleAtFixedRate(this::sample, 0, every.toNanos(), TimeUnit.NANOSECONDS);
  }

  /** The lags against the checkpoint read before the height: never understated. */
  LagStats stats() {
    return stats;
  }

  /** The lags against the checkpoint read after the height: never overstated. */
  LagStats lowerBound() {
    return lowerBound;
  }

  /** The lag right now, in blocks (one sample, not recorded). */
  long lagNow() throws Exception {
    long cp = readCheckpoint();
    return LagStats.lag(peer.chainInfo().getHeight(), cp);
  }

  private void sample() {
    try {
      long before = readCheckpoint();
      long height = peer.chainInfo().getHeight();
      long after = readCheckpoint();
      stats.record(LagStats.lag(height, before));
      lowerBound.record(LagStats.lag(height, after));
    } catch (Exception e) {
      stats.recordFailure();
    }
  }

  private synchronized long readCheckpoint() throws SQLException {
    try (ResultSet rs = checkpoint.executeQuery()) {
      return rs.next() ? rs.getLong(1) : -1;
    }
  }

  @Override
  public void close() throws SQLException {
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      db.close();
    }
  }
}
