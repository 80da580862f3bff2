package io.timecoin.outside;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.timecoin.model.EventNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The chaincode driven by Hyperledger's Node client, {@code @hyperledger/fabric-gateway} (pinned in
 * outside-tests/node/package-lock.json, installed by {@code npm ci}): node/gateway-check.mjs
 * connects as the platform's client identity, submits a registration and an earning, evaluates the
 * account, has a bad amount refused and listens to the chaincode events of both writes. The script
 * only reports; this test checks its transcript, and then reads the account back through the
 * auditor's HTTP API.
 */
class NodeGatewayIT {

  @Test
  void the_node_gateway_registers_earns_reads_is_refused_and_hears_both_events() {
    ItNetwork network = new ItNetwork();
    Command.Result run =
        new Command(
                List.of(
                    "node",
                    "gateway-check.mjs",
                    network.clientPropertiesFile("platform").toString()),
                Map.of(),
                network.moduleDir.resolve("node"))
            .run(network.reportDir.resolve("node-gateway.log"), 180, false);

    assertThat(run.exitCode()).as("node's exit status; transcript:\n%s", run.output()).isZero();
    List<JsonNode> steps = new ArrayList<>();
    run.output()
        .lines()
        .filter(line -> line.startsWith("{"))
        .map(ItNetwork::json)
        .forEach(steps::add);
    JsonNode register = step(steps, "register", run);
    JsonNode earning = step(steps, "earning", run);
    JsonNode account = step(steps, "account", run).path("account");
    JsonNode badInput = step(steps, "bad-input", run);
    String volunteer = register.path("volunteerId").asText();

    assertThat(register.path("committed").asBoolean()).isTrue();
    assertThat(register.path("result").path("volunteerId").asText()).isEqualTo(volunteer);
    assertThat(register.path("result").path("balance").asText()).isEqualTo("0.00");
    assertThat(earning.path("committed").asBoolean()).isTrue();
    assertThat(earning.path("result").path("type").asText()).isEqualTo("EARN");
    assertThat(earning.path("result").path("balanceAfter").asText()).isEqualTo("1.50");
    assertThat(account.path("balance").asText()).isEqualTo("1.50");
    assertThat(account.path("totalEarned").asText()).isEqualTo("1.50");
    assertThat(account.path("entryCount").asInt()).isEqualTo(1);
    assertThat(badInput.path("refused").asBoolean()).isTrue();
    assertThat(badInput.path("message").asText()).contains("[INVALID_AMOUNT]");

    List<JsonNode> events =
        steps.stream().filter(s -> "event".equals(s.path("step").asText())).toList();
    assertThat(events)
        .as("chaincode events of both writes; transcript:\n%s", run.output())
        .extracting(e -> e.path("eventName").asText() + " " + e.path("transactionId").asText())
        .containsExactlyInAnyOrder(
            EventNames.VOLUNTEER_REGISTERED + " " + register.path("transactionId").asText(),
            EventNames.EARNING_RECORDED + " " + earning.path("transactionId").asText());
    assertThat(events)
        .allSatisfy(e -> assertThat(e.path("payload").toString()).contains(volunteer));
    assertThat(step(steps, "done", run).path("missingEvents")).isEmpty();

    // The auditor's API, another org's peer behind it, sees what the Node client wrote (that peer
    // may commit the block a moment after the platform's, which the script waited for).
    assertThat(auditorBalance(network, volunteer, "1.50")).isEqualTo("1.50");
  }

  /** The balance the auditor's API reads, once it is the expected one or after 10 s. */
  private static String auditorBalance(ItNetwork network, String volunteer, String expected) {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      var response =
          network.api(
              "auditor",
              "GET",
              "/v1/volunteers/" + volunteer + "/account",
              Map.of("X-API-Key", network.apiKey("auditor")),
              null);
      String balance =
          response.statusCode() == 200
              ? ItNetwork.json(response.body()).path("balance").asText()
              : response.body();
      if (balance.equals(expected) || System.nanoTime() > deadline) {
        return balance;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static JsonNode step(List<JsonNode> steps, String name, Command.Result run) {
    return steps.stream()
        .filter(s -> name.equals(s.path("step").asText()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no '" + name + "' step in the transcript:\n" + run.output()));
  }
}
