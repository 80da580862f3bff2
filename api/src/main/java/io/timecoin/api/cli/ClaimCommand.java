package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code timecoin claim <claimId>}: the public part of a claim. The private details are left out on
 * purpose (a terminal's scroll-back is no place for them); the HTTP API serves them to the staff
 * allowed to see them.
 */
@Command(
    name = "claim",
    description = {
      "Shows the public part of a claim: status, amounts, decision, payment.",
      "Private details are not printed; see GET /v1/claims/{id}/private."
    })
final class ClaimCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "CLAIM_ID")
  private String claimId;

  @Override
  public Integer call() {
    try (TimeCoinLedger ledger = cli.connect()) {
      Output.value(spec.commandLine(), ledger.getClaim(claimId));
    }
    return 0;
  }
}
