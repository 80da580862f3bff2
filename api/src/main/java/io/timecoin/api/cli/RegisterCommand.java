package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.RegisterVolunteerRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "register", description = "Opens an account for a pseudonymous volunteer id.")
final class RegisterCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;
  @Mixin private RequestIdOption requestId;

  @Parameters(index = "0", paramLabel = "VOLUNTEER_ID", description = "Platform-assigned id.")
  private String volunteerId;

  @Override
  public Integer call() {
    var request = new RegisterVolunteerRequest(requestId.value(spec), volunteerId);
    try (TimeCoinLedger ledger = cli.connect()) {
      Output.committed(spec.commandLine(), ledger.registerVolunteer(request));
    }
    return 0;
  }
}
