package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "account", description = "Shows the balance and totals of one account.")
final class AccountCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
  private String volunteerId;

  @Override
  public Integer call() {
    try (TimeCoinLedger ledger = cli.connect()) {
      Output.value(spec.commandLine(), ledger.getAccount(volunteerId));
    }
    return 0;
  }
}
