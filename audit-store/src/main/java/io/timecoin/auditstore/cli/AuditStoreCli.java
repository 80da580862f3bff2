package io.timecoin.auditstore.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
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
    subcommands = {
      ProjectCommand.class,
      ReconcileCommand.class,
      MigrateCommand.class,
      WatchCommand.class,
      VerifyCopyCommand.class
    })
public final class AuditStoreCli implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Map<String, String> environment;

  AuditStoreCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** Options every command takes; both default to the files of the run folder. */
  static final class Settings {
    @Option(
        names = "--db",
        description =
            "the auditor database settings (default: <run dir>/auditdb/auditdb.properties)")
    Path db;

    @Option(
        names = "--client",
        description = "the auditor's client config (default: <run dir>/clients/auditor.properties)")
    Path client;

    Path db(AuditStoreCli cli) {
      return db != null ? db : cli.runDir().resolve("auditdb").resolve("auditdb.properties");
    }

    Path client(AuditStoreCli cli) {
      return client != null
          ? client
          : cli.runDir().resolve("clients").resolve("auditor.properties");
    }
  }

  /**
   * The run folder of {@code scripts/network}, resolved as that script does: {@code
   * TIMECOIN_RUN_DIR}, else {@code $XDG_STATE_HOME} or {@code ~/.local/state}, then {@code
   * timecoin/network}.
   */
  Path runDir() {
    String runDir = environment.get("TIMECOIN_RUN_DIR");
    if (runDir != null && !runDir.isBlank()) {
      return Path.of(runDir);
    }
    String state = environment.get("XDG_STATE_HOME");
    Path stateHome =
        state == null || state.isBlank()
            ? Path.of(environment.getOrDefault("HOME", "."), ".local", "state")
            : Path.of(state);
    return stateHome.resolve("timecoin").resolve("network");
  }

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            System.getenv(),
            new PrintWriter(System.out, true),
            new PrintWriter(System.err, true)));
  }

  static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new AuditStoreCli(environment));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          err.println("audit-store: " + e.getMessage());
          // Unreadable or incomplete settings files are the caller's to fix, like bad options.
          return e instanceof IllegalArgumentException || e instanceof UncheckedIOException ? 2 : 3;
        });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
  }
}
