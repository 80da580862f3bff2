package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

  @Override
  public Integer call() {
    try (TimeCoinLedger ledger = cli.connect()) {
      Output.value(spec.commandLine(), ledger.getRequest(requestId));
    }
    return 0;
  }
}
