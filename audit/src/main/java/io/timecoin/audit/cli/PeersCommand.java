package io.timecoin.audit.cli;

import io.timecoin.audit.peer.CrossPeerCheck;
import io.timecoin.audit.peer.PeerComparison;
import io.timecoin.audit.peer.PeerConnection;
import io.timecoin.client.LedgerConnectionConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timecoin audit peers}: compares the chains of every org's peer. */
@Command(
    name = "peers",
    mixinStandardHelpOptions = true,
    description =
        "Asks each org's peer (qscc, evaluated on that peer's org) for its height and blocks, and"
            + " reports the first block where the peers differ (header hash, data hash or commit"
            + " hash).")
final class PeersCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private AuditCli parent;

  @Option(
      names = "--client",
      paramLabel = "FILE",
      description =
          "The auditor's client configuration, whose identity asks every peer (default:"
              + " <run dir>/clients/auditor.properties).")
  private Path clientFile;

  @Option(
      names = "--peer",
      paramLabel = "FILE",
      description =
          "A peer to compare, by a client configuration of its org (only its endpoint, TLS root"
              + " and MSP id are used); repeat it. Default: every <run dir>/clients/*.properties.")
  private List<Path> peerFiles = new ArrayList<>();

  @Option(
      names = "--every-block",
      description =
          "Read every block from every peer and compare its entries too (slower); by default the"
              + " cumulative header and commit hashes are compared and bisected.")
  private boolean everyBlock;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path clients = parent.clientsFolder();
    Path client = clientFile != null ? clientFile : clients.resolve("auditor.properties");
    LedgerConnectionConfig identity = LedgerConnectionConfig.fromProperties(client);
    List<Path> files = peerFiles.isEmpty() ? allClientFiles(clients) : peerFiles;
    List<PeerConnection> peers = new ArrayList<>();
    try {
      for (Path file : files) {
        peers.add(PeerConnection.open(identity, LedgerConnectionConfig.fromProperties(file)));
      }
      CrossPeerCheck check = new CrossPeerCheck(peers);
      PeerComparison comparison = everyBlock ? check.everyBlock().run() : check.run();
      for (PeerComparison.PeerHeight peer : comparison.peers()) {
        out.printf(
            Locale.ROOT,
            "  %-12s %-22s height %-8d current block hash %s%n",
            peer.mspId(),
            peer.address(),
            peer.height(),
            peer.currentBlockHash());
      }
      comparison
          .firstDifference()
          .ifPresent(
              difference ->
                  out.printf(
                      Locale.ROOT,
                      "BREAK block %d: PEERS_DIFFER - %s%n",
                      difference.blockNumber(),
                      difference.detail()));
      out.printf(
          Locale.ROOT,
          "RESULT: %s%n",
          comparison.agree()
              ? "AGREE (blocks 0 to " + (comparison.comparedUpTo() - 1) + " are the same on all)"
              : "DIFFER (first at block " + comparison.firstDifference().get().blockNumber() + ")");
      out.flush();
      return comparison.agree() ? 0 : AuditCli.BROKEN;
    } finally {
      peers.forEach(PeerConnection::close);
    }
  }

  private static List<Path> allClientFiles(Path clients) {
    try (Stream<Path> files = Files.list(clients)) {
      return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the client configurations in " + clients, e);
    }
  }
}
