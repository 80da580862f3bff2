package io.timecoin.api.cli;

import io.timecoin.api.events.LedgerEventFeed;
import io.timecoin.api.server.ApiConfig;
import io.timecoin.api.server.ApiServer;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

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

  @Override
  public Integer call() throws InterruptedException {
    ApiConfig settings = ApiConfig.fromProperties(config);
    TimeCoinLedger ledger =
        cli.connector()
            .apply(
                LedgerConnectionConfig.fromProperties(settings.ledgerClient())
                    .withWriteTimeout(settings.ledgerWriteTimeout()));
    ApiServer server =
        ApiServer.create(
            settings,
            ledger,
            Clock.systemUTC(),
            new LedgerEventFeed(ledger),
            // The operator identities API keys sign as (callers file, fourth column).
            file ->
                cli.connector()
                    .apply(
                        LedgerConnectionConfig.fromProperties(file)
                            .withWriteTimeout(settings.ledgerWriteTimeout())));
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
