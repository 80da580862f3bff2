package io.timecoin.api.cli;

import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.ListEntriesRequest;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "history",
    description = {
      "Shows one page of a volunteer's entries, oldest first: by sequence (default from 1) or",
      "by time with --from and --to. Pass the printed bookmark as --cursor for the next page."
    })
final class HistoryCommand implements Callable<Integer> {

  @ParentCommand private TimeCoinCli cli;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VOLUNTEER_ID")
  private String volunteerId;

  @Option(names = "--from-sequence", paramLabel = "N", description = "First sequence number.")
  private Long fromSequence;

  @Option(names = "--from", paramLabel = "INSTANT", description = "e.g. 2026-11-01T00:00:00Z")
  private String from;

  @Option(names = "--to", paramLabel = "INSTANT", description = "End of the range, exclusive.")
  private String to;

  @Option(
      names = "--page-size",
      defaultValue = "50",
      description = "1-200 entries (default: ${DEFAULT-VALUE}).")
  private int pageSize;

  @Option(names = "--cursor", paramLabel = "BOOKMARK", description = "From the previous page.")
  private String cursor;

  @Override
  public Integer call() {
    var query = new ListEntriesRequest(volunteerId, fromSequence, from, to, pageSize, cursor);
    try (TimeCoinLedger ledger = cli.connect()) {
      Output.value(spec.commandLine(), ledger.listEntries(query));
    }
    return 0;
  }
}
