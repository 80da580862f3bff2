package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "request",
    description = {
      "Shows what the ledger recorded for a requestId: the way to settle a write whose outcome",
      "was unknown. Exit status 3 with REQUEST_NOT_FOUND means it never committed."
    })
final class RequestStatusCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "REQUEST_ID")
  private String requestId;

  @Option(
      names = "--org",
      paramLabel = "MSP_ID",
      description = {
        "The organisation that wrote the request (requestIds are scoped per organisation);",
        "auditors only. Default: this identity's own organisation."
      })
  private String org;

  @Override
  public Integer call() {
    try (TimeCoinLedger ledger = cli.connect()) {
      Output.value(
          spec.commandLine(),
          org == null ? ledger.getRequest(requestId) : ledger.getRequest(org, requestId));
    }
    return 0;
  }
}
