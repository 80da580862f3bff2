package io.timecoin.auditstore.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar audit-store/target/timecoin-audit-store.jar project|reconcile|migrate}: the
 * auditor's projector and reconciliation. Exit codes: 0 done (reconcile: all agrees), 1 reconcile
 * found differences, 2 bad usage or settings, 3 the ledger or the database failed.
 */
@Command(
    name = "audit-store",
    mixinStandardHelpOptions = true,
    description = "The auditor's query store: projection into PostgreSQL and reconciliation.",
    subcommands = {ProjectCommand.class, ReconcileCommand.class, MigrateCommand.class})
public final class AuditStoreCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Options every command takes. */
  static final class Settings {
    @Option(
        names = "--db",
        required = true,
        description = "the auditor database settings (<run dir>/auditdb/auditdb.properties)")
    Path db;

    @Option(
        names = "--client",
        description = "the auditor's client config (<run dir>/clients/auditor.properties)")
    Path client;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new AuditStoreCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("audit-store: " + e.getMessage());
          return e instanceof IllegalArgumentException ? 2 : 3;
        });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }
}
