package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timecoin vouchers <volunteerId>}: a volunteer's vouchers, status as of now. */
@Command(
    name = "vouchers",
    description = "Shows a volunteer's insurance vouchers (status as of now, remaining cover).")
final class VouchersCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
  private String volunteerId;

  @Override
  public Integer call() {
    try (TimeCoinLedger ledger = cli.connect()) {
      Output.value(spec.commandLine(), ledger.listVouchers(volunteerId));
    }
    return 0;
  }
}
