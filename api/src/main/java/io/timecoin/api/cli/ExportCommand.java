package io.timecoin.api.cli;

import io.timecoin.api.export.EntryExport;
import io.timecoin.client.TimeCoinLedger;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "export",
    description = {
      "Exports a volunteer's entries in a time range as CSV or NDJSON (auditors: use",
      "--client <run dir>/clients/auditor.properties). Prints the SHA-256 of the output on",
      "stderr; the same digest the API sends in its Timecoin-Content-SHA256 trailer."
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
  private String volunteerId;

  @Option(names = "--from", required = true, paramLabel = "INSTANT", description = "Inclusive.")
  private String from;

  @Option(names = "--to", required = true, paramLabel = "INSTANT", description = "Exclusive.")
  private String to;

  @Option(names = "--format", defaultValue = "csv", description = "csv or ndjson (default csv).")
  private String format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
  private Path output;

  @Override
  public Integer call() throws IOException {
    EntryExport.Format chosen = EntryExport.Format.of(format);
    if (chosen == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format must be csv or ndjson");
    }
    try (TimeCoinLedger ledger = cli.connect()) {
      EntryExport export = new EntryExport(ledger, volunteerId, from, to, chosen).firstPage();
      String digest;
      if (output == null) {
        // The export is the command's product, written as raw bytes (its digest is over exactly
        // these bytes), so it goes to the process's stdout rather than picocli's text writer.
        OutputStream out = System.out;
        digest = export.writeTo(out);
      } else {
        try (OutputStream out = Files.newOutputStream(output)) {
          digest = export.writeTo(out);
        }
      }
      spec.commandLine().getErr().println("sha256 " + digest);
    }
    return 0;
  }
}
