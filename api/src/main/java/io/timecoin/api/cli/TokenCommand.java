package io.timecoin.api.cli;

import io.timecoin.api.auth.VolunteerTokens;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "token",
    description = {
      "Mints a volunteer bearer token with the platform's signing key, for examples and tests.",
      "Send it as 'Authorization: Bearer <token>'; it reads only that volunteer's own data."
    })
final class TokenCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
  private String volunteerId;

  @Option(
      names = "--key",
      required = true,
      paramLabel = "FILE",
      description = "The platform's private signing key (<run dir>/api/volunteer-token.jwk).")
  private Path key;

  @Option(
      names = "--minutes",
      defaultValue = "60",
      description = "How long the token is valid, 1-1440 (default: ${DEFAULT-VALUE}).")
  private long minutes;

  @Override
  public Integer call() {
    String token =
        VolunteerTokens.fromJwkFile(key, Clock.systemUTC())
            .mint(volunteerId, Duration.ofMinutes(minutes));
    spec.commandLine().getOut().println(token);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
