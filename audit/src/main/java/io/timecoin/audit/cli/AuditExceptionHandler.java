package io.timecoin.audit.cli;

import io.grpc.StatusRuntimeException;
import java.io.UncheckedIOException;
import org.hyperledger.fabric.client.GatewayException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one line a person can act on and the documented exit status. */
final class AuditExceptionHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    var err = commandLine.getErr();
    if (exception instanceof GatewayException || exception instanceof StatusRuntimeException) {
      err.println(
          "[PEER_UNAVAILABLE] the peer could not answer: "
              + exception.getMessage()
              + " (is the network up? see `scripts/network status`)");
      return AuditCli.UNAVAILABLE;
    }
    if (exception instanceof IllegalArgumentException
        || exception instanceof UncheckedIOException) {
      err.println("[BAD_CONFIGURATION] " + exception.getMessage());
      return AuditCli.BAD_CONFIGURATION;
    }
    err.println("[AUDIT_FAILED] " + exception);
    return AuditCli.UNAVAILABLE;
  }
}
