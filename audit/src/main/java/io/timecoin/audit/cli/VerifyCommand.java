package io.timecoin.audit.cli;

import io.timecoin.audit.BlockListener;
import io.timecoin.audit.BlockVerifier;
import io.timecoin.audit.Break;
import io.timecoin.audit.Checkpoint;
import io.timecoin.audit.InsuranceRule;
import io.timecoin.audit.VerificationSummary;
import io.timecoin.audit.VerifiedBlock;
import io.timecoin.audit.VerifiedTransaction;
import io.timecoin.audit.peer.ChainReader;
import io.timecoin.audit.peer.PeerConnection;
import io.timecoin.client.LedgerConnectionConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code timecoin audit verify}: verifies the auditor's peer's chain from block 0 or a checkpoint.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description =
        "Reads the blocks of the auditor's own peer and verifies each one; prints every break with"
            + " its block, transaction and kind, then a summary. With --checkpoint, resumes after"
            + " the block the file records and moves it forward, but never past a break.")
final class VerifyCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private AuditCli parent;

  @Option(
      names = "--client",
      paramLabel = "FILE",
      description =
          "The auditor's client configuration (default: <run dir>/clients/auditor.properties).")
  private Path clientFile;

  @Option(
      names = "--checkpoint",
      paramLabel = "FILE",
      description = "Resume from this checkpoint if it exists; write it as blocks verify.")
  private Path checkpointFile;

  @Option(
      names = "--from-genesis",
      description = "Start from block 0 even if the checkpoint file exists (it is rewritten).")
  private boolean fromGenesis;

  @Option(
      names = "--insurer-msp",
      paramLabel = "MSPID",
      description =
          "Also check the insurance rule: every valid write to an insurance object (product,"
              + " voucher, claim and their index keys) must be endorsed by a peer of this MSP,"
              + " e.g. InsurerMSP.")
  private String insurerMspId;

  @Option(
      names = "--progress-seconds",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "Print progress to stderr every N seconds (0: never; default ${DEFAULT-VALUE}).")
  private int progressSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path client =
        clientFile != null ? clientFile : parent.clientsFolder().resolve("auditor.properties");
    LedgerConnectionConfig config = LedgerConnectionConfig.fromProperties(client);
    boolean resume = checkpointFile != null && !fromGenesis && Files.exists(checkpointFile);
    BlockVerifier verifier =
        resume
            ? BlockVerifier.fromCheckpoint(Checkpoint.read(checkpointFile))
            : BlockVerifier.fromGenesis();
    if (insurerMspId != null) {
      verifier.requireInsurer(InsuranceRule.of(config.chaincodeName(), insurerMspId));
    }
    long first = verifier.nextBlockNumber();
    Progress progress = new Progress(verifier, out, err);
    long started = System.nanoTime();
    long height;
    try (PeerConnection peer = PeerConnection.open(config, config)) {
      height = new ChainReader(peer).verifyToTip(verifier, progress);
      progress.finish();
      out.printf(
          Locale.ROOT,
          "Verified the chain of %s's peer at %s (channel %s)%n",
          config.mspId(),
          peer.address(),
          config.channelName());
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    VerificationSummary summary = verifier.summary();
    printSummary(out, summary, first, height, progress, took, resume);
    out.flush();
    return summary.breaks() == 0 ? 0 : AuditCli.BROKEN;
  }

  private void printSummary(
      PrintWriter out,
      VerificationSummary summary,
      long first,
      long height,
      Progress progress,
      Duration took,
      boolean resumed) {
    double seconds = Math.max(took.toNanos() / 1e9, 1e-9);
    if (summary.blocks() == 0) {
      out.printf(Locale.ROOT, "  nothing new: the peer's height is %d%n", height);
    } else {
      out.printf(
          Locale.ROOT,
          "  blocks        %d to %d (%d blocks)%s%n",
          first,
          progress.lastNumber,
          summary.blocks(),
          resumed ? ", resumed from the checkpoint" : "");
      out.printf(
          Locale.ROOT,
          "  transactions  %d (%d valid, %d flagged invalid by the peer)%n",
          summary.transactions(),
          progress.valid,
          summary.transactions() - progress.valid);
      out.printf(
          Locale.ROOT,
          "  signatures    %d verified (orderer, creator, endorsement)%n",
          summary.signatures());
      if (progress.genesisHash != null) {
        out.printf(
            Locale.ROOT,
            "  block 0 hash  %s (the trust anchor: compare it with the one you were given)%n",
            progress.genesisHash);
      }
      out.printf(
          Locale.ROOT, "  tip hash      %s (block %d)%n", progress.lastHash, progress.lastNumber);
      double verifying = Math.max((progress.lastBlockAt - progress.firstBlockAt) / 1e9, 1e-9);
      out.printf(
          Locale.ROOT,
          "  speed         %.0f blocks/s, %.0f tx/s from the first block to the last"
              + " (%.2f s; %.1f s in all, connecting included)%n",
          Math.max(summary.blocks() - 1, 0) / verifying,
          summary.transactions() / verifying,
          verifying,
          seconds);
    }
    out.printf(
        Locale.ROOT,
        "  insurer rule  %s%n",
        insurerMspId == null
            ? "not checked (--insurer-msp MSPID checks it)"
            : "every insurance write endorsed by a peer of " + insurerMspId);
    if (checkpointFile != null) {
      out.printf(
          Locale.ROOT,
          "  checkpoint    %s%n",
          progress.checkpointed
              ? checkpointFile + " (next block " + progress.checkpointNext + ")"
              : summary.blocks() == 0
                  ? checkpointFile + " unchanged"
                  : checkpointFile + " not moved (a break was found before any intact block)");
    }
    out.printf(
        Locale.ROOT,
        "RESULT: %s%n",
        summary.breaks() == 0 ? "INTACT" : "BROKEN (" + summary.breaks() + " break(s))");
  }

  /** Prints breaks and progress, counts valid transactions, and moves the checkpoint. */
  private final class Progress implements BlockListener {
    private final BlockVerifier verifier;
    private final PrintWriter out;
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastReport = System.nanoTime();
    private long lastCheckpoint = System.nanoTime();
    private boolean broken;
    private boolean pending;
    long valid;
    long lastNumber = -1;
    String lastHash = "";
    String genesisHash;
    boolean checkpointed;
    long checkpointNext;

    Progress(BlockVerifier verifier, PrintWriter out, PrintWriter err) {
      this.verifier = verifier;
      this.out = out;
      this.err = err;
    }

    long firstBlockAt;
    long lastBlockAt;

    @Override
    public void onBlock(VerifiedBlock block) {
      lastBlockAt = System.nanoTime();
      if (firstBlockAt == 0) {
        firstBlockAt = lastBlockAt;
      }
      for (Break found : block.breaks()) {
        out.println("BREAK " + found);
      }
      if (block.isConfig() && block.number() > 0) {
        out.println(
            "CONFIG block "
                + block.number()
                + ": the channel configuration changed; later blocks are checked against it");
      }
      out.flush();
      broken |= !block.isIntact();
      valid += block.transactions().stream().filter(VerifiedTransaction::isValid).count();
      lastNumber = block.number();
      lastHash = HexFormat.of().formatHex(block.hash());
      if (block.number() == 0) {
        genesisHash = lastHash;
      }
      long now = System.nanoTime();
      // The checkpoint never moves past a break, so the next run reports it again.
      if (checkpointFile != null && !broken && now - lastCheckpoint > 2_000_000_000L) {
        writeCheckpoint();
        lastCheckpoint = now;
      }
      if (progressSeconds > 0 && now - lastReport > progressSeconds * 1_000_000_000L) {
        double seconds = (now - started) / 1e9;
        err.printf(
            Locale.ROOT,
            "verified up to block %d (%.0f blocks/s)%n",
            block.number(),
            verifier.summary().blocks() / seconds);
        err.flush();
        lastReport = now;
      }
      pending = checkpointFile != null && !broken;
    }

    /** Writes the checkpoint if blocks verified intact since the last one was written. */
    void finish() {
      if (pending) {
        writeCheckpoint();
      }
    }

    private void writeCheckpoint() {
      Checkpoint checkpoint = verifier.checkpoint();
      checkpoint.write(checkpointFile);
      checkpointed = true;
      checkpointNext = checkpoint.nextBlockNumber();
      pending = false;
    }
  }
}
