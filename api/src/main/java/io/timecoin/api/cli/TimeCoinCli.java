package io.timecoin.api.cli;

import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point of the {@code timecoin} command-line tool. */
@Command(
    name = "timecoin",
    mixinStandardHelpOptions = true,
    version = "timecoin 0.1.0",
    description = {
      "Records and reads volunteer time coins on the timecoin ledger, and runs its HTTP API.",
      "Ledger commands use one org's client identity (--client; default: the platform's, from",
      "the network that `scripts/network up` started). Results are printed as one line of JSON.",
      "",
      "Start here: `timecoin balance vol-42`, `timecoin history vol-42`, `timecoin serve --help`."
    },
    subcommands = {
      ServeCommand.class,
      RegisterCommand.class,
      EarnCommand.class,
      AccountCommand.class,
      BalanceCommand.class,
      HistoryCommand.class,
      RequestStatusCommand.class,
      VouchersCommand.class,
      ClaimCommand.class,
      HeartsCommand.class,
      ProjectCommand.class,
      ExportCommand.class,
      TokenCommand.class,
      ApiSetupCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done",
      "2:the command line is wrong",
      "3:the ledger refused the request (its error code is printed)",
      "4:the ledger could not be reached or the outcome is unknown",
      "5:the client configuration could not be used"
    })
public final class TimeCoinCli {

  static final int REFUSED = 3;
  static final int UNAVAILABLE = 4;
  static final int BAD_CONFIGURATION = 5;

  @Option(
      names = "--client",
      paramLabel = "FILE",
      description =
          "Client configuration written by `scripts/network up` (default:"
              + " <run dir>/clients/platform.properties).")
  private Path clientFile;

  private final Function<LedgerConnectionConfig, TimeCoinLedger> connector;
  private final Map<String, String> environment;

  TimeCoinCli(
      Function<LedgerConnectionConfig, TimeCoinLedger> connector, Map<String, String> environment) {
    this.connector = connector;
    this.environment = environment;
  }

  public static void main(String[] args) {
    System.exit(commandLine(TimeCoinLedger::connect, System.getenv()).execute(args));
  }

  static CommandLine commandLine(
      Function<LedgerConnectionConfig, TimeCoinLedger> connector, Map<String, String> environment) {
    return new CommandLine(new TimeCoinCli(connector, environment))
        .setExecutionExceptionHandler(new LedgerExceptionHandler());
  }

  /** How ledger clients are made (the real connector, or a fake in tests). */
  Function<LedgerConnectionConfig, TimeCoinLedger> connector() {
    return connector;
  }

  /** Connects with the chosen client configuration; the caller closes the ledger. */
  TimeCoinLedger connect() {
    return connector.apply(LedgerConnectionConfig.fromProperties(resolveClientFile()));
  }

  // Same default as scripts/network, so `timecoin` works right after `scripts/network up`.
  private Path resolveClientFile() {
    if (clientFile != null) {
      return clientFile;
    }
    String runDir = environment.get("TIMECOIN_RUN_DIR");
    if (runDir == null || runDir.isBlank()) {
      String state = environment.get("XDG_STATE_HOME");
      Path stateHome =
          state == null || state.isBlank()
              ? Path.of(environment.getOrDefault("HOME", "."), ".local", "state")
              : Path.of(state);
      return stateHome.resolve("timecoin/network/clients/platform.properties");
    }
    return Path.of(runDir, "clients", "platform.properties");
  }
}
