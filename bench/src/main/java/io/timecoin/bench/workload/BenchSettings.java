package io.timecoin.bench.workload;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a workload needs to know about the run, fixed before the first one starts.
 *
 * @param runDir the network's run folder (client configs under {@code clients/}).
 * @param runId a prefix unique to this run, so that ids never collide with an earlier run's on the
 *     same network.
 * @param quick whether this is a {@code --quick} run.
 * @param concurrencies closed-loop concurrency levels, e.g. 1, 4, 16, 32.
 * @param measureFor how long each closed-loop level or fixed rate is measured.
 * @param putChaincode the name of the W0 Put chaincode on the channel.
 * @param apiBaseUrl the platform API, e.g. {@code http://127.0.0.1:57080}.
 * @param apiKey the platform API key, or empty if none was given.
 * @param hotWriters concurrent writers of W3.
 * @param hotRequests requests W3 sends in all.
 * @param pageSizes the entry counts of the W5 accounts, smallest first.
 * @param w1MaxOverride W6's 100% rate in tx/s if W1 is not run, 0 to take W1's.
 * @param progressRows the donations W7's project holds when its progress query is measured.
 * @param audit the settings of the audit benchmarks A1-A4.
 */
public record BenchSettings(
    Path runDir,
    String runId,
    boolean quick,
    List<Integer> concurrencies,
    Duration measureFor,
    String putChaincode,
    URI apiBaseUrl,
    String apiKey,
    int hotWriters,
    int hotRequests,
    List<Integer> pageSizes,
    double w1MaxOverride,
    long progressRows,
    AuditSettings audit) {

  /** Checks and copies. */
  public BenchSettings {
    Objects.requireNonNull(runDir, "runDir");
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(audit, "audit");
    concurrencies = List.copyOf(concurrencies);
    pageSizes = List.copyOf(pageSizes);
    if (concurrencies.isEmpty() || concurrencies.stream().anyMatch(c -> c < 1)) {
      throw new IllegalArgumentException("concurrency levels must be 1 or more");
    }
  }

  /** The client configuration file {@code scripts/network up} wrote for {@code org}. */
  public Path clientConfig(String org) {
    return runDir.resolve("clients").resolve(org + ".properties");
  }

  /** The highest concurrency level. */
  public int maxConcurrency() {
    return concurrencies.stream().mapToInt(Integer::intValue).max().orElse(1);
  }
}
