package io.timecoin.auditstore.cli;

import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "migrate", description = "Bring the auditor database's schema up to date.")
final class MigrateCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @ParentCommand AuditStoreCli cli;

  @Mixin AuditStoreCli.Settings settings = new AuditStoreCli.Settings();

  @Override
  public Integer call() {
    // Opening migrates.
    AuditDatabase.open(AuditDbConfig.fromProperties(settings.db(cli)), "timecoin-migrate", 1)
        .close();
    spec.commandLine().getOut().println("the auditor database schema is up to date");
    return 0;
  }
}
