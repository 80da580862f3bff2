package io.timecoin.auditstore.cli;

import io.timecoin.auditstore.block.GatewayBlockSource;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.auditstore.projection.BlockReadException;
import io.timecoin.auditstore.projection.Projector;
import io.timecoin.client.LedgerConnectionConfig;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "project",
    description =
        "Project the ledger's blocks into the auditor database, from its checkpoint on; runs until"
            + " stopped, or with --catch-up until the chain height seen at start.")
final class ProjectCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectCommand.class);

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand AuditStoreCli cli;

  @Mixin AuditStoreCli.Settings settings = new AuditStoreCli.Settings();

  @Option(
      names = "--catch-up",
      description = "stop once the chain height seen at start is projected")
  boolean catchUp;

  @Option(
      names = "--batch-blocks",
      defaultValue = "200",
      description = "most blocks per SQL transaction (default ${DEFAULT-VALUE})")
  int batchBlocks;

  @Override
  public Integer call() {
    LedgerConnectionConfig client = LedgerConnectionConfig.fromProperties(settings.client(cli));
    try (AuditDatabase db =
            AuditDatabase.open(
                AuditDbConfig.fromProperties(settings.db(cli)), "timecoin-projector", 2);
        GatewayBlockSource blocks = GatewayBlockSource.connect(client)) {
      Projector projector = new Projector(db.jdbi(), blocks, client.chaincodeName(), batchBlocks);
      if (catchUp) {
        long last = blocks.height() - 1;
        long projected = projector.projectThrough(last);
        spec.commandLine()
            .getOut()
            .printf(
                "projected %d blocks; the projection is current to block %d%n", projected, last);
      } else {
        projectUntilStopped(projector);
      }
    }
    return 0;
  }

  /** A broken block stream (the peer restarting) is reopened at the checkpoint after a pause. */
  private static void projectUntilStopped(Projector projector) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        projector.projectForever();
      } catch (BlockReadException e) {
        LOG.warn("{}; reopening the block stream at the checkpoint in 5 s", e.getMessage());
        try {
          Thread.sleep(5000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }
}
