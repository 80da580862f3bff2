package io.timecoin.audit.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code timecoin audit}: the auditor's own checks of the ledger. */
@Command(
    name = "timecoin audit",
    mixinStandardHelpOptions = true,
    version = "timecoin audit 0.1.0",
    description =
        "The auditor's own checks of the timecoin ledger, trusting no peer: `verify` checks every"
            + " block of the auditor's peer (hash chain, orderer signatures, creator and"
            + " endorsement signatures against the channel's MSPs, endorsement policies, validation"
            + " flags); `peers` compares the chains of all orgs' peers. Both use the auditor's"
            + " client identity.",
    subcommands = {VerifyCommand.class, PeersCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:everything verified",
      "1:a break was found (each is printed with its block, transaction and kind)",
      "2:the command line is wrong",
      "4:a peer could not be reached",
      "5:a configuration or checkpoint file could not be used"
    })
public final class AuditCli {

  static final int BROKEN = 1;
  static final int UNAVAILABLE = 4;
  static final int BAD_CONFIGURATION = 5;

  private final Map<String, String> environment;

  private AuditCli(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  static CommandLine commandLine(Map<String, String> environment) {
    return new CommandLine(new AuditCli(environment))
        .setExecutionExceptionHandler(new AuditExceptionHandler());
  }

  /**
   * The client configurations folder of the run folder of {@code scripts/network}, resolved as that
   * script does: {@code TIMECOIN_RUN_DIR}, else {@code $XDG_STATE_HOME} or {@code ~/.local/state},
   * then {@code timecoin/network}.
   */
  Path clientsFolder() {
    String runDir = environment.get("TIMECOIN_RUN_DIR");
    if (runDir != null && !runDir.isBlank()) {
      return Path.of(runDir, "clients");
    }
    String state = environment.get("XDG_STATE_HOME");
    Path stateHome =
        state == null || state.isBlank()
            ? Path.of(environment.getOrDefault("HOME", "."), ".local", "state")
            : Path.of(state);
    return stateHome.resolve("timecoin/network/clients");
  }
}
