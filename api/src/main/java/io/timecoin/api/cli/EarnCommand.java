package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.RecordEarningRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "earn", description = "Credits coins for one verified activity.")
final class EarnCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;
  @Mixin private RequestIdOption requestId;

  @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
  private String volunteerId;

  @Parameters(index = "1", paramLabel = "ACTIVITY_ID", description = "One credit per activity.")
  private String activityId;

  @Parameters(index = "2", paramLabel = "COINS", description = "Coins, e.g. 12.50.")
  private String coins;

  @Option(
      names = "--minutes",
      required = true,
      paramLabel = "N",
      description = "Minutes of volunteer work, 1-1440.")
  private int minutes;

  @Option(
      names = "--category",
      required = true,
      paramLabel = "CATEGORY",
      description = "Kind of activity: 1-32 characters of a-z, 0-9, '_' or '-'.")
  private String category;

  @Option(
      names = "--evidence",
      required = true,
      paramLabel = "SHA256",
      description = "SHA-256 (hex) of the activity evidence kept off the ledger.")
  private String evidenceHash;

  @Option(
      names = {"--verified-by", "--verifier"},
      paramLabel = "BRANCH",
      description =
          "Optional: the branch that verified the activity. The ledger records the branch of the"
              + " signing operator's certificate; if given, it must be that branch.")
  private String verifier;

  @Override
  public Integer call() {
    var request =
        new RecordEarningRequest(
            requestId.value(spec),
            volunteerId,
            activityId,
            minutes,
            CoinAmount.parse(coins),
            verifier,
            evidenceHash,
            category);
    try (TimeCoinLedger ledger = cli.connect()) {
      Output.committed(spec.commandLine(), ledger.recordEarning(request));
    }
    return 0;
  }
}
