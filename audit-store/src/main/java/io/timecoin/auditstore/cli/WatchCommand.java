package io.timecoin.auditstore.cli;

import io.timecoin.audit.BlockVerifier;
import io.timecoin.audit.InsuranceRule;
import io.timecoin.audit.peer.ChainReader;
import io.timecoin.audit.peer.CrossPeerCheck;
import io.timecoin.audit.peer.PeerConnection;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.auditstore.reconcile.PeerChaincodeState;
import io.timecoin.auditstore.reconcile.Reconciler;
import io.timecoin.auditstore.verification.VerificationRecorder;
import io.timecoin.auditstore.verification.VerificationRecords;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The auditor's checks as a loop beside the projector: verifies every new block of the auditor's
 * peer, and every {@code --check-seconds} compares all peers and reconciles the projection with the
 * chaincode's state; writes what it finds to the verification tables the API reads.
 */
@Command(
    name = "watch",
    description =
        "Verify new blocks of the auditor's peer, compare the peers and reconcile, over and over;"
            + " record the results in the auditor database. With --once, one round and stop.")
final class WatchCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(WatchCommand.class);

  @ParentCommand AuditStoreCli cli;

  @Mixin AuditStoreCli.Settings settings = new AuditStoreCli.Settings();

  @Option(names = "--once", description = "one round of every check, then stop")
  boolean once;

  @Option(
      names = "--verify-seconds",
      defaultValue = "2",
      description = "pause between rounds of block verification (default ${DEFAULT-VALUE})")
  int verifySeconds;

  @Option(
      names = "--check-seconds",
      defaultValue = "30",
      description =
          "pause between cross-peer checks and reconciliations (default ${DEFAULT-VALUE})")
  int checkSeconds;

  @Option(
      names = "--insurer-msp",
      paramLabel = "MSPID",
      description = "also check that every insurance write is endorsed by this MSP")
  String insurerMspId;

  @Override
  public Integer call() throws Exception {
    Path clientFile = settings.client(cli);
    LedgerConnectionConfig client = LedgerConnectionConfig.fromProperties(clientFile);
    Clock clock = Clock.systemUTC();
    try (AuditDatabase db =
        AuditDatabase.open(
            AuditDbConfig.fromProperties(settings.db(cli)), "timecoin-verifier", 2)) {
      VerificationRecords records = new VerificationRecords(db.jdbi());
      VerificationRecorder recorder = recorder(records, client, clock);
      long nextCheck = 0;
      while (!Thread.currentThread().isInterrupted()) {
        try (PeerConnection peer = PeerConnection.open(client, client)) {
          new ChainReader(peer).verifyToTip(recorder.verifier(), recorder);
        } catch (Exception e) {
          // A block may have been verified but not recorded: start again from the record.
          LOG.warn("block verification paused: {}", e.getClass().getSimpleName());
          recorder = recorder(records, client, clock);
        }
        if (System.nanoTime() >= nextCheck || once) {
          crossPeerCheck(records, clientFile.getParent(), client, clock);
          reconcile(records, db, client, clock);
          nextCheck = System.nanoTime() + checkSeconds * 1_000_000_000L;
        }
        if (once) {
          return recorder.broken() ? 1 : 0;
        }
        Thread.sleep(verifySeconds * 1000L);
      }
    }
    return 0;
  }

  /** A verifier resumed from what the database records, with its recorder. */
  private VerificationRecorder recorder(
      VerificationRecords records, LedgerConnectionConfig client, Clock clock) {
    BlockVerifier verifier = VerificationRecorder.resume(records.checkpoint());
    if (insurerMspId != null) {
      verifier.requireInsurer(InsuranceRule.of(client.chaincodeName(), insurerMspId));
    }
    return new VerificationRecorder(records, verifier, VerificationRecords.PEER, clock);
  }

  private static void crossPeerCheck(
      VerificationRecords records, Path clients, LedgerConnectionConfig identity, Clock clock) {
    List<PeerConnection> peers = new ArrayList<>();
    try {
      for (Path file : clientFiles(clients)) {
        peers.add(PeerConnection.open(identity, LedgerConnectionConfig.fromProperties(file)));
      }
      records.peers(new CrossPeerCheck(peers).run(), clock.instant());
    } catch (Exception e) {
      LOG.warn("cross-peer check skipped: {}", e.getClass().getSimpleName());
    } finally {
      peers.forEach(PeerConnection::close);
    }
  }

  private static void reconcile(
      VerificationRecords records, AuditDatabase db, LedgerConnectionConfig client, Clock clock) {
    try (TimeCoinLedger ledger = TimeCoinLedger.connect(client)) {
      records.reconciliation(
          new Reconciler(db.jdbi(), new PeerChaincodeState(ledger)).reconcile(), clock.instant());
    } catch (Exception e) {
      LOG.warn("reconciliation skipped: {}", e.getClass().getSimpleName());
    }
  }

  /** Every org's client file in the clients folder: one peer each. */
  private static List<Path> clientFiles(Path clients) throws IOException {
    try (Stream<Path> files = Files.list(clients)) {
      return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
    }
  }
}
