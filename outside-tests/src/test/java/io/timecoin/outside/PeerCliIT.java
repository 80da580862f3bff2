package io.timecoin.outside;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chaincode driven by Fabric's own {@code peer} CLI, in the chaincode's wire format (function
 * name and one JSON argument), with the endorsing peers named by hand: writes committed with a
 * majority of the orgs' peers, reads answered by another org's peer, a bad amount refused with its
 * stable code, and one org's endorsement alone invalid at commit.
 */
class PeerCliIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static ItNetwork network;
  private static PeerCli cli;

  @BeforeAll
  static void connect() {
    network = new ItNetwork();
    cli = new PeerCli(network);
  }

  @Test
  void a_registration_and_an_earning_commit_and_read_back_through_another_orgs_peer() {
    String volunteer = ItNetwork.newVolunteerId("peercli");

    // --waitForEvent waits until every listed peer committed, so the earning that the insurer's
    // peer endorses next finds the account there.
    Command.Result registered =
        cli.invoke(
            "platform",
            List.of("platform", "insurer", "auditor"),
            "RegisterVolunteer",
            register(volunteer),
            log("register"));
    Command.Result earned =
        cli.invoke(
            "platform",
            List.of("platform", "insurer"),
            "RecordEarning",
            earning(volunteer, "2.50"),
            log("earning"));

    assertCommitted(registered);
    assertCommitted(earned);
    assertThat(earned.output()).contains("\\\"balanceAfter\\\":\\\"2.50\\\"");
    JsonNode account = account("insurer", volunteer);
    assertThat(account.path("volunteerId").asText()).isEqualTo(volunteer);
    assertThat(account.path("balance").asText()).isEqualTo("2.50");
    assertThat(account.path("totalEarned").asText()).isEqualTo("2.50");
    assertThat(account.path("entryCount").asInt()).isEqualTo(1);
  }

  @Test
  void a_negative_amount_is_refused_with_its_code_and_changes_nothing() {
    String volunteer = ItNetwork.newVolunteerId("peercli");
    assertCommitted(
        cli.invoke(
            "platform",
            List.of("platform", "auditor"),
            "RegisterVolunteer",
            register(volunteer),
            log("register-for-bad-input")));

    Command.Result refused =
        cli.invoke(
            "platform",
            List.of("platform", "auditor"),
            "RecordEarning",
            earning(volunteer, "-1.00"),
            log("bad-amount"));

    assertThat(refused.exitCode()).as("exit status; output in %s", refused.log()).isNotZero();
    assertThat(refused.output()).contains("endorsement failure").contains("[INVALID_AMOUNT]");
    JsonNode account = account("auditor", volunteer);
    assertThat(account.path("balance").asText()).isEqualTo("0.00");
    assertThat(account.path("entryCount").asInt()).isZero();
  }

  @Test
  void a_write_endorsed_by_the_platform_alone_is_invalid_at_commit_and_leaves_no_account() {
    String volunteer = ItNetwork.newVolunteerId("peercli");

    Command.Result lone =
        cli.invoke(
            "platform",
            List.of("platform"),
            "RegisterVolunteer",
            register(volunteer),
            log("lone-endorser"));

    assertThat(lone.exitCode()).as("exit status; output in %s", lone.log()).isNotZero();
    assertThat(lone.output()).contains("ENDORSEMENT_POLICY_FAILURE");
    Command.Result query = cli.query("auditor", "GetAccount", volunteer, log("lone-query"));
    assertThat(query.exitCode()).isNotZero();
    assertThat(query.output()).contains("[VOLUNTEER_NOT_FOUND]");
  }

  private static void assertCommitted(Command.Result result) {
    assertThat(result.exitCode()).as("exit status; output in %s", result.log()).isZero();
    assertThat(result.output())
        .contains("committed with status (VALID)")
        .contains("Chaincode invoke successful");
  }

  /** GetAccount evaluated by the org's peer, as that org's client. */
  private static JsonNode account(String org, String volunteer) {
    Command.Result query = cli.query(org, "GetAccount", volunteer, log("account-" + org));
    assertThat(query.exitCode()).as("exit status; output in %s", query.log()).isZero();
    // The payload is the one line of JSON; anything else the CLI prints is its log.
    String payload =
        query.output().lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElse("");
    assertThat(payload).as("the query's JSON payload in %s", query.log()).isNotEmpty();
    return ItNetwork.json(payload);
  }

  private static String register(String volunteer) {
    var request = ItNetwork.JSON.createObjectNode();
    request.put("requestId", requestId());
    request.put("volunteerId", volunteer);
    return request.toString();
  }

  private static String earning(String volunteer, String coins) {
    var request = ItNetwork.JSON.createObjectNode();
    request.put("requestId", requestId());
    request.put("volunteerId", volunteer);
    request.put("activityId", "peercli-" + UUID.randomUUID().toString().substring(0, 8));
    request.put("minutes", 60);
    request.put("coins", coins);
    request.put("verifier", "branch-7");
    request.put("evidenceHash", EVIDENCE);
    request.put("category", "community");
    return request.toString();
  }

  private static String requestId() {
    return "peercli:" + UUID.randomUUID();
  }

  private static Path log(String name) {
    return network.reportDir.resolve("peer-cli").resolve(name + "-" + UUID.randomUUID() + ".log");
  }
}
