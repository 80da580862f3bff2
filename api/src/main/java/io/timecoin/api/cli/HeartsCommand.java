package io.timecoin.api.cli;

import io.timecoin.client.HeartsLedger;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.DonateRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timecoin hearts balance|donate}: a volunteer's hearts, the charity unit. */
@Command(
    name = "hearts",
    mixinStandardHelpOptions = true,
    description = "A volunteer's hearts: whole numbers, earned for charity tasks, only donated.",
    subcommands = {HeartsCommand.Balance.class, HeartsCommand.Donate.class})
final class HeartsCommand {

  @ParentCommand private TimeCoinCli cli;

  @Command(
      name = "balance",
      description = "Shows a volunteer's hearts: held, earned, donated and returned.")
  static final class Balance implements Runnable {

    @ParentCommand private HeartsCommand hearts;
    @Spec private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
    private String volunteerId;

    @Override
    public void run() {
      try (TimeCoinLedger ledger = hearts.cli.connect()) {
        Output.value(spec.commandLine(), HeartsLedger.over(ledger).getHeartsAccount(volunteerId));
      }
    }
  }

  @Command(
      name = "donate",
      description = "Gives a volunteer's hearts to an OPEN project (one donation row).")
  static final class Donate implements Runnable {

    @ParentCommand private HeartsCommand hearts;
    @Spec private CommandSpec spec;
    @Mixin private RequestIdOption requestId;

    @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
    private String volunteerId;

    @Parameters(index = "1", paramLabel = "PROJECT_ID")
    private String projectId;

    @Parameters(index = "2", paramLabel = "HEARTS", description = "Whole hearts, 1 or more.")
    private long amount;

    @Override
    public void run() {
      // Built (and so checked) before connecting: bad input never reaches the ledger.
      var request = new DonateRequest(requestId.value(spec), projectId, volunteerId, amount);
      try (TimeCoinLedger ledger = hearts.cli.connect()) {
        Output.committed(spec.commandLine(), HeartsLedger.over(ledger).donate(request));
      }
    }
  }
}
