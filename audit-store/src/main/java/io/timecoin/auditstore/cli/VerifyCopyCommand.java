package io.timecoin.auditstore.cli;

import io.timecoin.audit.BlockVerifier;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.auditstore.verification.VerificationRecorder;
import io.timecoin.auditstore.verification.VerificationRecords;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.hyperledger.fabric.protos.common.Block;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Verifies a copy of the chain from a file (length-delimited blocks from block 0, the form {@code
 * it-chain.blocks} is saved in) and records every break under the copy's source name, for the
 * console to show beside the breaks of the peer's own chain.
 */
@Command(
    name = "verify-copy",
    description =
        "Verify a file of blocks (length-delimited protobuf, from block 0) and record its breaks"
            + " under --source; exit 1 when any block is broken.")
final class VerifyCopyCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand AuditStoreCli cli;

  @Mixin AuditStoreCli.Settings settings = new AuditStoreCli.Settings();

  @Option(names = "--blocks", required = true, description = "the file of blocks")
  Path blocks;

  @Option(
      names = "--source",
      required = true,
      description = "the name the breaks are recorded under (not 'peer')")
  String source;

  @Override
  public Integer call() throws Exception {
    if (source.isBlank() || source.equals(VerificationRecords.PEER) || source.length() > 100) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--source must be a name of 1 to 100 characters other than 'peer'");
    }
    try (AuditDatabase db =
            AuditDatabase.open(
                AuditDbConfig.fromProperties(settings.db(cli)), "timecoin-verify-copy", 1);
        InputStream in = Files.newInputStream(blocks)) {
      BlockVerifier verifier = BlockVerifier.fromGenesis();
      VerificationRecorder recorder =
          new VerificationRecorder(
              new VerificationRecords(db.jdbi()), verifier, source, Clock.systemUTC());
      Block block;
      while ((block = Block.parseDelimitedFrom(in)) != null) {
        recorder.onBlock(verifier.verify(block));
      }
      spec.commandLine()
          .getOut()
          .printf(
              "verified %d blocks of %s: %s%n",
              verifier.summary().blocks(),
              source,
              recorder.broken() ? verifier.summary().breaks() + " break(s) recorded" : "intact");
      return recorder.broken() ? 1 : 0;
    }
  }
}
