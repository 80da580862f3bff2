package io.timecoin.api.cli;

import io.timecoin.api.audit.AuditStore;
import io.timecoin.api.events.LedgerEventFeed;
import io.timecoin.api.server.ApiConfig;
import io.timecoin.api.server.ApiServer;
import io.timecoin.api.server.AuditStoreSettings;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    description = {
      "Runs the HTTP API for one org until stopped (SIGTERM or Ctrl-C).",
      "`scripts/network up` starts one per org with <run dir>/api/<org>.properties."
    })
final class ServeCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;

  @Option(
      names = "--config",
      required = true,
      paramLabel = "FILE",
      description = "API settings: org, host, port, ledgerClient, callersFile, tokenKeyFile.")
  private Path config;

  @Option(
      names = "--audit-db-url",
      paramLabel = "JDBC_URL",
      description = {
        "The auditor's database behind /v1/audit (auditor instance only), e.g.",
        "jdbc:postgresql://127.0.0.1:9432/timecoin_audit; overrides auditDb.url."
      })
  private String auditDbUrl;

  @Option(
      names = "--audit-db-user",
      paramLabel = "USER",
      description = "Its user; overrides auditDb.user.")
  private String auditDbUser;

  @Option(
      names = "--audit-db-password-file",
      paramLabel = "FILE",
      description = "The file holding its password; overrides auditDb.passwordFile.")
  private Path auditDbPasswordFile;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    ApiConfig settings = ApiConfig.fromProperties(config);
    if (auditDbUrl != null || auditDbUser != null || auditDbPasswordFile != null) {
      if (auditDbUrl == null || auditDbUser == null || auditDbPasswordFile == null) {
        throw new ParameterException(
            spec.commandLine(),
            "--audit-db-url, --audit-db-user and --audit-db-password-file go together");
      }
      settings =
          settings.withAuditStore(
              new AuditStoreSettings(auditDbUrl, auditDbUser, auditDbPasswordFile));
    }
    TimeCoinLedger ledger =
        cli.connector()
            .apply(
                LedgerConnectionConfig.fromProperties(settings.ledgerClient())
                    .withWriteTimeout(settings.ledgerWriteTimeout()));
    ApiConfig instance = settings;
    ApiServer server =
        ApiServer.create(
            settings,
            ledger,
            Clock.systemUTC(),
            new LedgerEventFeed(ledger),
            settings.auditStore() == null ? null : AuditStore.open(settings.auditStore()),
            // The operator identities API keys sign as (callers file, fourth column).
            file ->
                cli.connector()
                    .apply(
                        LedgerConnectionConfig.fromProperties(file)
                            .withWriteTimeout(instance.ledgerWriteTimeout())));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "timecoin-api-shutdown"));
    server.start();
    stopped.await();
    return 0;
  }
}
