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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
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
    contract = gateway.getNetwork(config.channelName()).getContract(config.chaincodeName());
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
  record Outcome(String result, ErrorCode code, String transactionId, String invalidAs) {

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
    try {
      var proposal = contract.newProposal(function).addArguments(args).build();
      var submitted = proposal.endorse().submitAsync();
      var status = submitted.getStatus();
      if (!status.isSuccessful()) {
        return new Outcome(null, null, submitted.getTransactionId(), status.getCode().name());
      }
      return new Outcome(
          new String(submitted.getResult(), StandardCharsets.UTF_8),
          null,
          submitted.getTransactionId(),
          null);
    } catch (GatewayException e) {
      return refusal(e);
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
