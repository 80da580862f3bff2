package io.timecoin.identities;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code timecoin identities}: operators of one org, through the org's Fabric CA.
 */
@Command(
    name = "timecoin identities",
    mixinStandardHelpOptions = true,
    // Subcommands inherit --help and --version (and the exit status list).
    scope = CommandLine.ScopeType.INHERIT,
    version = "timecoin identities 0.1.0",
    description = {
      "Registers, enrolls, lists and revokes operator identities at one org's Fabric CA (the one"
          + " `scripts/network up` started).",
      "Roles: earning-verifier (platform, with --branch), policy-officer (platform),"
          + " claims-officer and claims-payer (insurer), identity-admin (platform, insurer),"
          + " auditor (auditor); several at once separated by commas.",
      "Secrets and keys are written to files of mode 600 and never printed."
    },
    subcommands = {
      IdentitiesCli.Register.class,
      IdentitiesCli.Enroll.class,
      IdentitiesCli.ListIdentities.class,
      IdentitiesCli.Revoke.class,
      IdentitiesCli.Suspend.class,
      IdentitiesCli.Reinstate.class,
      IdentitiesCli.Crl.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:done",
      "2:the command line or an input is wrong (nothing was changed)",
      "3:the CA refused the request (its reason is printed)",
      "4:the CA could not be reached or answered something unreadable",
      "5:the CA client configuration or a file could not be used",
      "6:revoked at the CA, but the CRL could not be put into the channel configuration",
      "7:the ledger refused the registry change or could not be reached (nothing changed at the"
          + " CA)"
    })
public final class IdentitiesCli {

  @Option(
      names = "--org",
      defaultValue = "platform",
      description =
          "The org whose CA to use: platform, insurer or auditor (default: ${DEFAULT-VALUE}).")
  String org;

  @Option(
      names = "--run-dir",
      paramLabel = "DIR",
      description =
          "The network's run folder (default: TIMECOIN_RUN_DIR, else ~/.local/state/timecoin/network).")
  Path runDir;

  @Option(
      names = "--ca-config",
      paramLabel = "FILE",
      description = "The CA client config (default: <run dir>/ca/<org>/ca-client.properties).")
  Path caConfig;

  private final Map<String, String> environment;

  IdentitiesCli(Map<String, String> environment) {
    this.environment = environment;
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.getenv()).execute(args));
  }

  static CommandLine commandLine(Map<String, String> environment) {
    return new CommandLine(new IdentitiesCli(environment))
        .setExecutionExceptionHandler(
            (e, cmd, parsed) -> {
              PrintWriter err = cmd.getErr();
              if (e instanceof IdentityError error) {
                err.println(error.getMessage());
                return switch (error.code()) {
                  case INVALID_INPUT -> 2;
                  case CA_REFUSED -> 3;
                  case CA_UNAVAILABLE, CA_ANSWER_MALFORMED -> 4;
                  case CONFIG_UNREADABLE, FILE_FAILED -> 5;
                  case CHANNEL_UPDATE_FAILED -> 6;
                  case LEDGER_FAILED -> 7;
                };
              }
              throw e;
            });
  }

  Operators operators() {
    if (!org.matches("platform|insurer|auditor")) {
      throw new IdentityError(
          IdentityError.Code.INVALID_INPUT, "--org is one of platform, insurer, auditor");
    }
    Path file = caConfig;
    if (file == null) {
      Path dir = runDir;
      if (dir == null) {
        String fromEnv = environment.get("TIMECOIN_RUN_DIR");
        String state =
            environment.getOrDefault(
                "XDG_STATE_HOME", System.getProperty("user.home") + "/.local/state");
        dir =
            fromEnv != null && !fromEnv.isBlank()
                ? Path.of(fromEnv)
                : Path.of(state, "timecoin", "network");
      }
      file = dir.resolve("ca").resolve(org).resolve("ca-client.properties");
    }
    return new Operators(new FabricCa(CaSettings.read(file)), org);
  }

  /** The run folder the CA client config belongs to: {@code <run dir>/identities/<org>}. */
  static Path runDirOf(Operators operators) {
    return operators.settingsIdentitiesDir().getParent().getParent();
  }

  /**
   * The certificate id a registry command names: {@code --certificate-id}, else that of the
   * certificate {@code enroll} wrote for {@code id}.
   */
  static String certificateId(Operators operators, String id, String certificateId) {
    if (certificateId != null) {
      return certificateId;
    }
    if (id == null) {
      throw new IdentityError(
          IdentityError.Code.INVALID_INPUT, "name the operator (ID) or give --certificate-id");
    }
    Path cert = operators.settingsIdentitiesDir().resolve(id).resolve("cert.pem");
    if (!java.nio.file.Files.isRegularFile(cert)) {
      throw new IdentityError(
          IdentityError.Code.INVALID_INPUT,
          "no certificate of " + id + " at " + cert + "; give --certificate-id (64 hex digits)");
    }
    return OperatorRegistry.certificateIdOf(cert);
  }

  static OperatorRegistry registry(Operators operators, String org, Path client) {
    Path config =
        client != null
            ? client
            : runDirOf(operators).resolve("clients").resolve(org + ".properties");
    return new OperatorRegistry(org, config);
  }

  /** Options every registry command shares. */
  static final class RegistryOptions {
    @Parameters(
        paramLabel = "ID",
        arity = "0..1",
        description = "The operator, as enrolled here (its cert.pem names the certificate).")
    String id;

    @Option(
        names = "--certificate-id",
        paramLabel = "HEX",
        description = "The certificate's id (SHA-256 of its DER, as entries record it) instead.")
    String certificateId;

    @Option(
        names = "--client",
        paramLabel = "FILE",
        description =
            "Ledger client config of an identity-admin of the org (default: <run dir>/clients/"
                + "<org>.properties, the org's default operator).")
    Path client;
  }

  @Command(
      name = "suspend",
      description = {
        "Suspends an operator in the org's registry on the ledger: the chaincode refuses its next"
            + " write (IDENTITY_SUSPENDED), from the block after this one. Only the org's own.",
        "reinstate lifts it; the CA and the certificate are not touched."
      })
  static final class Suspend implements Callable<Integer> {
    @ParentCommand IdentitiesCli parent;
    @Spec CommandSpec spec;
    @CommandLine.Mixin RegistryOptions options;

    @Option(names = "--reason", required = true, description = "Why, kept on the ledger.")
    String reason;

    @Override
    public Integer call() {
      return parent.changeStatus(spec, options, io.timecoin.model.OperatorStatus.SUSPENDED, reason);
    }
  }

  @Command(
      name = "reinstate",
      description = "Lifts a suspension in the org's registry on the ledger (not a revocation).")
  static final class Reinstate implements Callable<Integer> {
    @ParentCommand IdentitiesCli parent;
    @Spec CommandSpec spec;
    @CommandLine.Mixin RegistryOptions options;

    @Option(names = "--reason", required = true, description = "Why, kept on the ledger.")
    String reason;

    @Override
    public Integer call() {
      return parent.changeStatus(spec, options, io.timecoin.model.OperatorStatus.ACTIVE, reason);
    }
  }

  Integer changeStatus(
      CommandSpec spec,
      RegistryOptions options,
      io.timecoin.model.OperatorStatus status,
      String reason) {
    Operators operators = operators();
    String certificateId = certificateId(operators, options.id, options.certificateId);
    var committed = registry(operators, org, options.client).set(certificateId, status, reason);
    spec.commandLine()
        .getOut()
        .printf(
            "%s %s in the %s registry on the ledger (block %d, tx %s): %s%n",
            certificateId,
            status,
            org,
            committed.blockNumber(),
            committed.transactionId(),
            status == io.timecoin.model.OperatorStatus.ACTIVE
                ? "its writes are accepted again from the next block"
                : "its writes are refused from the next block on");
    return 0;
  }

  @Command(name = "register", description = "Registers an operator with its role (and branch).")
  static final class Register implements Callable<Integer> {
    @ParentCommand IdentitiesCli parent;
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "ID",
        description = "The operator's enrollment id, e.g. branch-henan-ops.")
    String id;

    @Option(names = "--role", required = true, description = "The operator's role (see above).")
    String role;

    @Option(
        names = "--branch",
        description = "The branch an earning-verifier acts for, e.g. henan.")
    String branch;

    @Override
    public Integer call() {
      Operators.Registered registered = parent.operators().register(id, role, branch);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "registered %s with %s; its one-time enrollment secret is in %s (mode 600)%n"
              + "next: timecoin identities --org %s enroll %s%n",
          registered.id(),
          registered.attributes(),
          registered.secretFile(),
          parent.org,
          registered.id());
      return 0;
    }
  }

  @Command(
      name = "enroll",
      description = "Enrolls a registered operator: key, certificate and a ledger client config.")
  static final class Enroll implements Callable<Integer> {
    @ParentCommand IdentitiesCli parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Override
    public Integer call() {
      Operators.Enrolled enrolled = parent.operators().enroll(id);
      spec.commandLine()
          .getOut()
          .printf(
              "enrolled %s: certificate attributes %s%n  files: %s (key.pem mode 600)%n"
                  + "  ledger client config: %s%n",
              enrolled.id(), enrolled.attributes(), enrolled.dir(), enrolled.clientConfig());
      return 0;
    }
  }

  @Command(name = "list", description = "Lists the identities registered at the org's CA.")
  static final class ListIdentities implements Callable<Integer> {
    @ParentCommand IdentitiesCli parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%-32s %-8s %-18s %s%n", "ID", "TYPE", "ROLE", "BRANCH");
      for (Map<String, String> row : parent.operators().list()) {
        out.printf(
            "%-32s %-8s %-18s %s%n",
            row.get("id"), row.get("type"), row.get("role"), row.get("branch"));
      }
      return 0;
    }
  }

  @Command(
      name = "revoke",
      description = {
        "Revokes an operator at the CA and writes the CA's new CRL.",
        "Every certificate it holds is revoked and it cannot enroll again. The peers refuse the"
            + " certificate only once the CRL is in the org's MSP in the channel configuration:"
            + " --publish does that (identities/README.md)."
      })
  static final class Revoke implements Callable<Integer> {
    @ParentCommand IdentitiesCli parent;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID")
    String id;

    @Option(
        names = "--client",
        paramLabel = "FILE",
        description =
            "Ledger client config of an identity-admin of the org for the registry step (default:"
                + " <run dir>/clients/<org>.properties).")
    Path client;

    @Option(
        names = "--ca-only",
        description =
            "Skip the registry on the ledger (an operator enrolled elsewhere, or the auditor's).")
    boolean caOnly;

    @Option(
        names = "--reason",
        defaultValue = "unspecified",
        description =
            "RFC 5280 reason, e.g. keycompromise, cessationofoperation (default: ${DEFAULT-VALUE}).")
    String reason;

    @Option(
        names = "--publish",
        description =
            "Also put the new CRL into the org's MSP in the channel configuration"
                + " (scripts/publish-crl), after which every peer refuses the certificate.")
    boolean publish;

    @Override
    public Integer call() {
      Operators operators = parent.operators();
      PrintWriter out = spec.commandLine().getOut();
      Path cert = operators.settingsIdentitiesDir().resolve(id).resolve("cert.pem");
      if (!caOnly && !"auditor".equals(parent.org) && !Files.isRegularFile(cert)) {
        out.printf(
            "no certificate of %s was enrolled here (%s): nothing to refuse on the ledger; for a"
                + " certificate enrolled elsewhere use suspend --certificate-id%n",
            id, cert);
      } else if (!caOnly && !"auditor".equals(parent.org)) {
        // First the ledger: it takes effect from the next block, before the CRL can be published.
        String certificateId = certificateId(operators, id, null);
        var committed =
            registry(operators, parent.org, client)
                .set(certificateId, io.timecoin.model.OperatorStatus.REVOKED, "revoked: " + reason);
        out.printf(
            "revoked %s (certificate %s) in the %s registry on the ledger (block %d): the chaincode"
                + " refuses its writes from the next block on (IDENTITY_SUSPENDED), for good%n",
            id, certificateId, parent.org, committed.blockNumber());
      }
      FabricCa.Revocation revocation = operators.revoke(id, reason);
      Path crl = operators.settingsIdentitiesDir().resolve("crl.pem");
      out.printf(
          "revoked %s at the CA now (%d certificate(s), serials %s): it can no longer enroll;"
              + " CRL written to %s%n",
          id, revocation.serials().size(), revocation.serials(), crl);
      Path runDir = runDirOf(operators);
      if (!publish) {
        out.printf(
            "  the peers still accept its certificate until the CRL is in the channel's %s MSP:"
                + " run this again with --publish, or scripts/publish-crl --run-dir %s --org %s%n",
            parent.org, runDir, parent.org);
        return 0;
      }
      String root = parent.environment.get("TIMECOIN_ROOT");
      if (root == null || root.isBlank()) {
        throw new IdentityError(
            IdentityError.Code.CHANNEL_UPDATE_FAILED,
            "revoked at the CA, but --publish needs TIMECOIN_ROOT (set by scripts/timecoin); run"
                + " scripts/publish-crl --run-dir "
                + runDir
                + " --org "
                + parent.org);
      }
      ChannelCrl.publish(Path.of(root), runDir, parent.org, out);
      out.printf(
          "  every peer now refuses %s's certificate (the channel's %s MSP lists it)%n",
          id, parent.org);
      return 0;
    }
  }

  @Command(
      name = "crl",
      description = "Writes the org CA's current CRL to <identities dir>/crl.pem.")
  static final class Crl implements Callable<Integer> {
    @ParentCommand IdentitiesCli parent;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getOut().printf("CRL written to %s%n", parent.operators().generateCrl());
      return 0;
    }
  }
}
