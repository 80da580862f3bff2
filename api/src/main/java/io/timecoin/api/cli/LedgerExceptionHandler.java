package io.timecoin.api.cli;

import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.LedgerUnavailableException;
import io.timecoin.model.LedgerValidationException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place where ledger failures become a message and an exit status. Messages carry the error
 * code and transaction id, never the request's content.
 */
final class LedgerExceptionHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    var err = commandLine.getErr();
    if (failure instanceof LedgerRejectedException rejected
        && rejected.getCause() instanceof LedgerValidationException invalid) {
      // The client refused the input before sending it: a usage error, as when the CLI checks it.
      err.println(invalid.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    if (failure instanceof LedgerRejectedException rejected) {
      err.println(rejected.getMessage());
      return TimeCoinCli.REFUSED;
    }
    if (failure instanceof LedgerValidationException invalid) {
      err.println(invalid.getMessage());
      return CommandLine.ExitCode.USAGE;
    }
    if (failure instanceof LedgerUnavailableException unavailable) {
      err.println(unavailable.getMessage());
      return TimeCoinCli.UNAVAILABLE;
    }
    if (failure instanceof IllegalArgumentException || failure instanceof UncheckedIOException) {
      err.println("Client configuration: " + failure.getMessage());
      return TimeCoinCli.BAD_CONFIGURATION;
    }
    err.println("Unexpected failure: " + failure);
    return CommandLine.ExitCode.SOFTWARE;
  }
}
