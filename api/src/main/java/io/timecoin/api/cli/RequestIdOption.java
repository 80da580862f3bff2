package io.timecoin.api.cli;

import java.util.UUID;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The idempotency key of a write. Without one, a fresh id is made and printed to standard error, so
 * a write whose outcome is unknown can be repeated safely with the same id.
 */
final class RequestIdOption {

  @Option(
      names = "--request-id",
      paramLabel = "ID",
      description = "Idempotency key; repeating it with the same request writes nothing new.")
  private String requestId;

  String value(CommandSpec spec) {
    if (requestId == null) {
      requestId = "cli:" + UUID.randomUUID();
      spec.commandLine().getErr().println("request id: " + requestId);
    }
    return requestId;
  }
}
