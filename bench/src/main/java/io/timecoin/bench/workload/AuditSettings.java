package io.timecoin.bench.workload;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The audit benchmarks' settings (A1-A4, issue 14).
 *
 * @param transactions committed transactions A1 writes.
 * @param concurrency A1's writers.
 * @param database the auditor database's settings file ({@code scripts/auditdb start} writes {@code
 *     <run dir>/auditdb/auditdb.properties}): A2 creates its fresh databases on that server, A3
 *     reads the network's projector's checkpoint from it, A4 queries A2's projection.
 * @param queryRuns runs of each A4 query kind, after as many warm-up runs as a tenth of it.
 * @param lagShare the share of W1's best tx/s at which A3 runs W6's mix.
 * @param lagFor how long A3 runs the mix and samples the lag.
 * @param lagEvery how often A3 samples the lag.
 */
public record AuditSettings(
    long transactions,
    int concurrency,
    Path database,
    int queryRuns,
    double lagShare,
    Duration lagFor,
    Duration lagEvery) {

  /** Checks the figures. */
  public AuditSettings {
    if (transactions < 1
        || concurrency < 1
        || queryRuns < 1
        || lagShare <= 0
        || lagFor.isNegative()
        || lagFor.isZero()
        || lagEvery.isNegative()
        || lagEvery.isZero()) {
      throw new IllegalArgumentException(
          "audit transactions, concurrency, query runs, lag share, lag time and lag sampling"
              + " interval must be more than zero");
    }
  }

  /** The database settings of {@code runDir}'s auditor database. */
  public static Path defaultDatabase(Path runDir) {
    return runDir.resolve("auditdb").resolve("auditdb.properties");
  }
}
