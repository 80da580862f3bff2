package io.timecoin.auditstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.auditstore.block.GatewayBlockSource;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.auditstore.reconcile.PeerChaincodeState;
import io.timecoin.auditstore.reconcile.Reconciler;
import io.timecoin.client.TimeCoinLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projector runs as its own JVM ({@code java -jar timecoin-audit-store.jar project}) over a
 * backlog of blocks and is killed with SIGKILL while a batch is open in PostgreSQL (seen in {@code
 * pg_stat_activity}/{@code pg_locks}: its transaction holds row locks on {@code entries}; the
 * server's log then confirms the client vanished with a transaction open). After every kill the
 * database holds exactly the blocks up to its checkpoint; after a restart the projection equals the
 * ledger, with no gap and no duplicate.
 */
class ProjectorCrashIT {

  private static final String OPEN_BATCH =
      """
      SELECT count(*) FROM pg_stat_activity a
        JOIN pg_locks l ON l.pid = a.pid
        JOIN pg_class c ON c.oid = l.relation
      WHERE a.application_name = 'timecoin-projector' AND a.datname = current_database()
        AND a.xact_start IS NOT NULL AND c.relname = 'entries' AND l.mode = 'RowExclusiveLock'
      """;
  private static final String CLIENT_VANISHED =
      "unexpected EOF on client connection with an open transaction";

  private static final Logger LOG = LoggerFactory.getLogger(ProjectorCrashIT.class);

  @TempDir Path folder;

  @Test
  void a_projector_killed_in_the_middle_of_a_batch_resumes_without_gap_or_duplicate()
      throws Exception {
    long last;
    try (TimeCoinLedger platform = TimeCoinLedger.connect(ItEnvironment.client("platform"));
        GatewayBlockSource blocks = GatewayBlockSource.connect(ItEnvironment.client("auditor"))) {
      long written = LedgerWorkload.backlog(platform, 40, 1200, 16);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (blocks.height() <= written && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      last = blocks.height() - 1;
    }
    AuditDbConfig database = ItEnvironment.freshDatabase("crash_it");
    Path settings = ItEnvironment.settingsFile(database, folder);
    try (AuditDatabase db = AuditDatabase.open(database, "crash-it-observer", 2);
        TimeCoinLedger auditor = TimeCoinLedger.connect(ItEnvironment.client("auditor"))) {
      Jdbi jdbi = db.jdbi();
      int hits = 0;
      List<Long> checkpoints = new ArrayList<>();
      for (int round = 0; round < 8 && hits < 2; round++) {
        long before = checkpoint(jdbi);
        if (before >= last - 5) {
          break; // too little left to be caught in the middle of a batch
        }
        int vanishedBefore = clientVanishedLines();
        Process projector = start(settings, false, round);
        boolean killed = false;
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (projector.isAlive() && System.nanoTime() < until) {
          if (checkpoint(jdbi) > before && openBatch(jdbi)) {
            projector.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the client
            killed = true;
            break;
          }
        }
        assertThat(projector.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("the projector was caught with an open batch").isTrue();
        long after = checkpoint(jdbi);
        checkpoints.add(after);
        assertThat(after).isGreaterThan(before).isLessThan(last);
        // What a kill leaves behind: exactly the committed batches, nothing of the open one.
        jdbi.useHandle(h -> ProjectionMatchesLedger.noGapNoDuplicate(h, after));
        boolean cut = waitForClientVanishedLine(vanishedBefore);
        if (cut) {
          hits++;
        }
        LOG.info(
            "round {}: killed at checkpoint {} (was {}), open transaction cut: {}",
            round,
            after,
            before,
            cut);
      }
      assertThat(hits)
          .as("kills that PostgreSQL saw cut an open transaction (checkpoints %s)", checkpoints)
          .isGreaterThanOrEqualTo(2);

      Process resumed = start(settings, true, 99);
      assertThat(resumed.waitFor(180, TimeUnit.SECONDS)).isTrue();
      assertThat(resumed.exitValue()).isZero();
      long finalCheckpoint = checkpoint(jdbi);
      assertThat(finalCheckpoint).isGreaterThanOrEqualTo(last);
      ProjectionMatchesLedger.check(jdbi, auditor, finalCheckpoint);
      assertThat(new Reconciler(jdbi, new PeerChaincodeState(auditor)).reconcile().differences())
          .isEmpty();
    }
  }

  private Process start(Path settings, boolean catchUp, int round) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-jar");
    command.add(System.getProperty("timecoin.it.cliJar", "target/timecoin-audit-store.jar"));
    command.add("project");
    command.add("--db");
    command.add(settings.toString());
    command.add("--client");
    command.add(ItEnvironment.clientFile("auditor").toString());
    command.add("--batch-blocks");
    command.add("10");
    if (catchUp) {
      command.add("--catch-up");
    }
    Path log = folder.resolve("projector-" + round + ".log");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static long checkpoint(Jdbi jdbi) {
    return jdbi.withHandle(ProjectionMatchesLedger::checkpoint);
  }

  private static boolean openBatch(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery(OPEN_BATCH).mapTo(Long.class).one()) > 0;
  }

  private static int clientVanishedLines() throws IOException {
    return (int)
        Files.readAllLines(ItEnvironment.postgresLog()).stream()
            .filter(line -> line.contains(CLIENT_VANISHED))
            .count();
  }

  private static boolean waitForClientVanishedLine(int before)
      throws IOException, InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (System.nanoTime() < until) {
      if (clientVanishedLines() > before) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }
}
