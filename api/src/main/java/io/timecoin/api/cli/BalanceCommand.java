package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.AccountView;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "balance", description = "Shows a volunteer's balance and account status.")
final class BalanceCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
  private String volunteerId;

  @Override
  public Integer call() {
    try (TimeCoinLedger ledger = cli.connect()) {
      AccountView account = ledger.getAccount(volunteerId);
      Output.value(
          spec.commandLine(),
          Map.of(
              "volunteerId", account.volunteerId(),
              "balance", account.balance(),
              "status", account.status()));
    }
    return 0;
  }
}
