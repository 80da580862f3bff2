package io.timecoin.bench.caliper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.timecoin.client.LedgerConnectionConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Caliper's two configuration files for the network W1 measured, written as JSON (which Caliper's
 * YAML reader takes as it is). Everything comes from the platform's client configuration, the one
 * W1 uses: the same gateway peer (its first endpoint), its TLS CA and host name, the same operator
 * identity (platform-ops, the earning verifier; only paths to its certificate and key are written,
 * never their content), channel and chaincode. Neither W1 nor Caliper names endorsers for an
 * earning: the gateway peer plans the MAJORITY endorsement for both.
 */
public final class CaliperConfigs {

  /** The Caliper identity name of the platform's operator. */
  public static final String IDENTITY = "platform-ops";

  /** The closed-loop rate controller, beside the workload module. */
  static final String CLOSED_LOOP_JS = "closed-loop.js";

  /** One Caliper worker process with one gateway connection, like W1's one shared client. */
  static final int WORKERS = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CaliperConfigs() {}

  /** Caliper's network configuration (version 2.0.0 of its Fabric connector's format). */
  public static String network(LedgerConnectionConfig client) {
    Map<String, Object> grpc = new LinkedHashMap<>();
    client
        .tlsHostnameOverride()
        .ifPresent(
            name -> {
              grpc.put("ssl-target-name-override", name);
              grpc.put("grpc.default_authority", name);
            });
    Map<String, Object> peer = new LinkedHashMap<>();
    peer.put("endpoint", client.peerEndpoint());
    peer.put("tlsCACerts", Map.of("path", abs(client.tlsRootCertificate())));
    peer.put("grpcOptions", grpc);
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("name", IDENTITY);
    identity.put("clientPrivateKey", Map.of("path", abs(client.privateKey())));
    identity.put("clientSignedCert", Map.of("path", abs(client.clientCertificate())));
    Map<String, Object> org = new LinkedHashMap<>();
    org.put("mspid", client.mspId());
    org.put("identities", Map.of("certificates", List.of(identity)));
    org.put("peers", List.of(peer));
    Map<String, Object> channel = new LinkedHashMap<>();
    channel.put("channelName", client.channelName());
    channel.put("contracts", List.of(Map.of("id", client.chaincodeName())));
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", "timecoin");
    root.put("version", "2.0.0");
    root.put("caliper", Map.of("blockchain", "fabric", "sutOptions", Map.of("mutualTls", false)));
    root.put("channels", List.of(channel));
    root.put("organizations", List.of(org));
    return write(root);
  }

  /**
   * Caliper's benchmark configuration: the plan's rounds, each driving {@code workloadModule} with
   * the plan's accounts, writing what it records to {@code recordsDir}. The closed-loop controller
   * is {@code closed-loop.js} beside the workload module.
   */
  public static String benchmark(
      CaliperPlan plan, LedgerConnectionConfig client, Path workloadModule, Path recordsDir) {
    List<Object> rounds = new ArrayList<>();
    for (CaliperPlan.Round r : plan.rounds()) {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("runId", plan.runId());
      args.put("label", r.label());
      args.put("accounts", plan.accounts());
      args.put("contractId", client.chaincodeName());
      args.put("invokerIdentity", IDENTITY);
      args.put("outDir", abs(recordsDir));
      Map<String, Object> round = new LinkedHashMap<>();
      round.put("label", r.label());
      round.put("description", describe(r));
      round.put("txDuration", plan.seconds());
      round.put("rateControl", rateControl(r, workloadModule.resolveSibling(CLOSED_LOOP_JS)));
      round.put("workload", Map.of("module", abs(workloadModule), "arguments", args));
      rounds.add(round);
    }
    Map<String, Object> test = new LinkedHashMap<>();
    test.put("name", "timecoin-w1-caliper");
    test.put(
        "description",
        "RecordEarning as the bench's W1 sends it, at W1's concurrency levels, on the network W1"
            + " measured");
    test.put("workers", Map.of("number", WORKERS));
    test.put("rounds", rounds);
    return write(Map.of("test", test));
  }

  private static Map<String, Object> rateControl(CaliperPlan.Round r, Path closedLoop) {
    Map<String, Object> opts = new LinkedHashMap<>();
    if (r.kind().equals(CaliperPlan.Round.CLOSED_LOOP)) {
      opts.put("transactionLoad", r.concurrency());
      return Map.of("type", abs(closedLoop), "opts", opts);
    }
    if (r.kind().equals(CaliperPlan.Round.FIXED_LOAD)) {
      opts.put("transactionLoad", r.concurrency());
      // Until the first request finishes the controller spaces them 1/startTps apart: at c per
      // second it cannot put far more than c in flight before it has a latency to go by.
      opts.put("startTps", r.concurrency());
    } else {
      opts.put("tps", r.tps());
    }
    return Map.of("type", r.kind(), "opts", opts);
  }

  private static String describe(CaliperPlan.Round r) {
    return switch (r.kind()) {
      case CaliperPlan.Round.CLOSED_LOOP ->
          "a closed loop of "
              + r.concurrency()
              + " earnings in flight, as W1's "
              + r.concurrency()
              + " workers";
      case CaliperPlan.Round.FIXED_LOAD ->
          "Caliper's fixed-load controller aiming at " + r.concurrency() + " earnings unfinished";
      default ->
          "offers " + r.tps() + " earnings per second, W1's committed rate at c=" + r.concurrency();
    };
  }

  private static String abs(Path path) {
    return path.toAbsolutePath().normalize().toString();
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a Caliper configuration could not be written as JSON", e);
    }
  }
}
