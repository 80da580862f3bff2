package io.timecoin.outside;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Fabric's own {@code peer} CLI, as an org's default client identity (its default operator; the
 * chaincode refuses admins), set up the way scripts/lib's {@code run_client_cli} does: the run
 * folder's core.yaml, the org's MSP, its peer over TLS, and nothing else of the build's
 * environment.
 */
final class PeerCli {

  private final ItNetwork network;
  private final Path peer;

  PeerCli(ItNetwork network) {
    this.network = network;
    this.peer = network.fabricHome().resolve("bin/peer");
  }

  /** {@code peer chaincode invoke ... --waitForEvent}, endorsed by the named orgs' peers. */
  Command.Result invoke(String org, List<String> endorsers, String function, String arg, Path log) {
    List<String> command = new ArrayList<>(List.of(peer.toString(), "chaincode", "invoke"));
    command.addAll(List.of("-o", ordererAddress(), "--tls", "--cafile", ordererTlsCa()));
    command.addAll(List.of("-C", channel(), "-n", chaincode()));
    for (String endorser : endorsers) {
      Properties p = network.clientProperties(endorser);
      command.addAll(
          List.of(
              "--peerAddresses",
              p.getProperty("timecoin.peer.endpoint"),
              "--tlsRootCertFiles",
              p.getProperty("timecoin.peer.tlsRootCert")));
    }
    command.addAll(List.of("--waitForEvent", "-c", args(function, arg)));
    return new Command(command, environment(org), null).run(log, 120, true);
  }

  /** {@code peer chaincode query}: evaluated by the org's own peer only. */
  Command.Result query(String org, String function, String arg, Path log) {
    List<String> command =
        List.of(
            peer.toString(),
            "chaincode",
            "query",
            "-C",
            channel(),
            "-n",
            chaincode(),
            "-c",
            args(function, arg));
    return new Command(command, environment(org), null).run(log, 60, true);
  }

  private Map<String, String> environment(String org) {
    Properties p = network.clientProperties(org);
    // .../msp/signcerts/<cert>.pem -> .../msp
    Path msp = Path.of(p.getProperty("timecoin.identity.certificate")).getParent().getParent();
    return Map.of(
        "FABRIC_CFG_PATH", network.runDir.resolve("config").toString(),
        "FABRIC_LOGGING_SPEC", "INFO",
        "CORE_PEER_LOCALMSPID", p.getProperty("timecoin.msp.id"),
        "CORE_PEER_MSPCONFIGPATH", msp.toString(),
        "CORE_PEER_ADDRESS", p.getProperty("timecoin.peer.endpoint"),
        "CORE_PEER_TLS_ENABLED", "true",
        "CORE_PEER_TLS_ROOTCERT_FILE", p.getProperty("timecoin.peer.tlsRootCert"));
  }

  private String ordererAddress() {
    int port = Integer.parseInt(network.networkEnv("ORDERER0_PORT")) + network.portOffset;
    return network.networkEnv("ORDERER0_HOST") + ":" + port;
  }

  private String ordererTlsCa() {
    String domain = "orderer." + network.networkEnv("DOMAIN");
    return network
        .runDir
        .resolve("crypto/ordererOrganizations/" + domain + "/orderers/orderer0." + domain)
        .resolve("tls/ca.crt")
        .toString();
  }

  private String channel() {
    return network.clientProperties("platform").getProperty("timecoin.channel");
  }

  private String chaincode() {
    return network.clientProperties("platform").getProperty("timecoin.chaincode");
  }

  /** The peer CLI's {@code -c} argument: the function and its one string argument. */
  private static String args(String function, String arg) {
    var node = ItNetwork.JSON.createObjectNode();
    node.putArray("Args").add(function).add(arg);
    return node.toString();
  }
}
