package io.timecoin.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grpc.ManagedChannel;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

/**
 * The chaincode's wire contract spoken directly through one org's Fabric Gateway: transaction names
 * and JSON, nothing typed. Integration tests use it to reach what a typed client cannot send
 * (unknown functions, wrong argument counts, malformed JSON) and to test the contract independently
 * of the client.
 */
final class RawChaincode implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ManagedChannel channel;
  private final Gateway gateway;
  private final Network network;
  private final Contract contract;

  private RawChaincode(LedgerConnectionConfig config) {
    channel = GatewayConnection.newChannel(config);
    gateway =
        Gateway.newInstance()
            .identity(GatewayConnection.newIdentity(config))
            .signer(GatewayConnection.newSigner(config))
            .connection(channel)
            .evaluateOptions(options -> options.withDeadlineAfter(30, TimeUnit.SECONDS))
            .endorseOptions(options -> options.withDeadlineAfter(30, TimeUnit.SECONDS))
            .submitOptions(options -> options.withDeadlineAfter(30, TimeUnit.SECONDS))
            .commitStatusOptions(options -> options.withDeadlineAfter(60, TimeUnit.SECONDS))
            .connect();
    network = gateway.getNetwork(config.channelName());
    contract = network.getContract(config.chaincodeName());
  }

  static RawChaincode as(String org) {
    Path clients =
        Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"), "clients");
    return new RawChaincode(
        LedgerConnectionConfig.fromProperties(clients.resolve(org + ".properties")));
  }

  /**
   * The outcome of one call: a result, a refusal with its error code, or (for a submit) a
   * transaction that the peers marked invalid at commit, with its validation code.
   */
  record Outcome(
      String result, ErrorCode code, String transactionId, String invalidAs, long blockNumber) {

    Outcome(String result, ErrorCode code, String transactionId, String invalidAs) {
      this(result, code, transactionId, invalidAs, -1);
    }

    JsonNode json() {
      if (result == null) {
        throw new AssertionError(
            "expected a result but the call was refused with "
                + code
                + " / invalid as "
                + invalidAs);
      }
      try {
        return JSON.readTree(result);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean refused() {
      return code != null;
    }
  }

  /** Submits and waits for the commit status. */
  Outcome submit(String function, String... args) {
    return submit(function, Map.of(), List.of(), args);
  }

  /**
   * Submits with a transient map and, if {@code endorsingOrgs} is not empty, only those
   * organisations' peers as endorsers (instead of the gateway's own plan), and waits for the commit
   * status.
   */
  Outcome submit(
      String function,
      Map<String, byte[]> transientData,
      List<String> endorsingOrgs,
      String... args) {
    try {
      var builder =
          contract.newProposal(function).addArguments(args).putAllTransient(transientData);
      if (!endorsingOrgs.isEmpty()) {
        builder.setEndorsingOrganizations(endorsingOrgs.toArray(String[]::new));
      }
      var submitted = builder.build().endorse().submitAsync();
      var status = submitted.getStatus();
      if (!status.isSuccessful()) {
        return new Outcome(
            null,
            null,
            submitted.getTransactionId(),
            status.getCode().name(),
            status.getBlockNumber());
      }
      return new Outcome(
          new String(submitted.getResult(), StandardCharsets.UTF_8),
          null,
          submitted.getTransactionId(),
          null,
          status.getBlockNumber());
    } catch (GatewayException e) {
      return refusal(e);
    }
  }

  /** Evaluates on a peer of {@code org} only. */
  Outcome evaluateOn(String org, String function, String... args) {
    try {
      byte[] result =
          contract
              .newProposal(function)
              .addArguments(args)
              .setEndorsingOrganizations(org)
              .build()
              .evaluate();
      return new Outcome(new String(result, StandardCharsets.UTF_8), null, null, null);
    } catch (GatewayException e) {
      return refusal(e);
    }
  }

  /**
   * Evaluates with a transient map, on a peer of {@code org} (or the gateway's choice when null).
   */
  Outcome evaluateWith(
      String org, Map<String, byte[]> transientData, String function, String... args) {
    try {
      var builder =
          contract.newProposal(function).addArguments(args).putAllTransient(transientData);
      if (org != null) {
        builder.setEndorsingOrganizations(org);
      }
      byte[] result = builder.build().evaluate();
      return new Outcome(new String(result, StandardCharsets.UTF_8), null, null, null);
    } catch (GatewayException e) {
      return refusal(e);
    }
  }

  /** The committed transaction as the gateway's peer stores it (qscc GetTransactionByID). */
  byte[] committedTransaction(String transactionId) {
    try {
      return network
          .getContract("qscc")
          .evaluateTransaction("GetTransactionByID", network.getName(), transactionId);
    } catch (GatewayException e) {
      throw new AssertionError("transaction " + transactionId + " not found", e);
    }
  }

  /** Chaincode events from {@code startBlock} up to and including those of {@code lastTxId}. */
  List<ChaincodeEvent> eventsThrough(long startBlock, String lastTxId) {
    try (CloseableIterator<ChaincodeEvent> stream =
        network
            .newChaincodeEventsRequest(contract.getChaincodeName())
            .startBlock(startBlock)
            .build()
            .getEvents(options -> options.withDeadlineAfter(60, TimeUnit.SECONDS))) {
      List<ChaincodeEvent> events = new ArrayList<>();
      while (stream.hasNext()) {
        ChaincodeEvent event = stream.next();
        events.add(event);
        if (event.getTransactionId().equals(lastTxId)) {
          return events;
        }
      }
      throw new AssertionError("the event stream ended before the last write's event");
    }
  }

  Outcome submitJson(String function, Map<String, ?> request) {
    return submit(function, toJson(request));
  }

  Outcome evaluate(String function, String... args) {
    try {
      return new Outcome(
          new String(contract.evaluateTransaction(function, args), StandardCharsets.UTF_8),
          null,
          null,
          null);
    } catch (GatewayException e) {
      return refusal(e);
    }
  }

  Outcome evaluateJson(String function, Map<String, ?> query) {
    return evaluate(function, toJson(query));
  }

  static String toJson(Map<String, ?> value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Outcome refusal(Exception e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    if (e instanceof GatewayException gatewayException) {
      for (ErrorDetail detail : gatewayException.getDetails()) {
        text.append('\n').append(detail.getMessage());
      }
    }
    Optional<ErrorCode> code = LedgerErrors.codeOf(text.toString());
    if (code.isEmpty()) {
      throw new AssertionError("refused without an error code: " + text, e);
    }
    return new Outcome(null, code.get(), null, null);
  }

  @Override
  public void close() {
    gateway.close();
    channel.shutdownNow();
  }
}
