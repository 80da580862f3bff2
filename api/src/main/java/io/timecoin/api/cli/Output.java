package io.timecoin.api.cli;

import io.timecoin.client.Committed;
import io.timecoin.model.LedgerJson;
import java.util.Map;
import picocli.CommandLine;

/** Writes results as one line of JSON, in the ledger's own deterministic encoding. */
final class Output {

  private Output() {}

  static void committed(CommandLine commandLine, Committed<?> committed) {
    print(
        commandLine,
        Map.of(
            "transactionId", committed.transactionId(),
            "blockNumber", committed.blockNumber(),
            "result", committed.value()));
  }

  static void value(CommandLine commandLine, Object value) {
    print(commandLine, value);
  }

  private static void print(CommandLine commandLine, Object value) {
    commandLine.getOut().println(LedgerJson.write(value));
    commandLine.getOut().flush();
  }
}
