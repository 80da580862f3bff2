package io.timecoin.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.api.auth.ApiKeys;
import io.timecoin.client.RequestIds;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.testing.InProcessNetwork;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 5: each API key signs its writes as an operator identity of its org (callers file,
 * fourth column), so the ledger records which operator made each write; and rotating a key or an
 * identity. In process over the real contract; the identity files stand for the operators' ledger
 * client configs (`timecoin identities enroll` writes them), each connected once.
 */
class OperatorKeysTest {

  private static final String HENAN_KEY = "tc_henan-key";
  private static final String HUBEI_KEY = "tc_hubei-key";
  private static final String OPS_KEY = "tc_ops-key";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final InProcessNetwork network = InProcessNetwork.create();
  // For the test's own setup; each server gets its own instance connection (closed with it).
  private final TimeCoinLedger own = network.connect("PlatformMSP");
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<Path> connected = new ArrayList<>();
  private ApiServer server;

  /** What each operator's client config stands for: its name, roles and branch. */
  private final Map<String, String[]> operators =
      Map.of(
          "henan-ops.properties", new String[] {"branch-henan-ops", "earning-verifier", "henan"},
          "henan-ops-2.properties", new String[] {"branch-henan-ops2", "earning-verifier", "henan"},
          "hubei-ops.properties", new String[] {"branch-hubei-ops", "earning-verifier", "hubei"});

  private TimeCoinLedger connect(Path config) {
    connected.add(config);
    String[] operator = operators.get(config.getFileName().toString());
    return network.connectAsOperator("PlatformMSP", operator[0], operator[1], operator[2]);
  }

  @org.junit.jupiter.api.BeforeEach
  void policy() {
    own.setEarningPolicy(
        new SetEarningPolicyRequest(
            RequestIds.newId(), CoinAmount.parse("10"), CoinAmount.parse("100"), "+00:00"));
  }

  private String start(String... callerLines) throws Exception {
    if (server != null) {
      server.close();
    }
    Files.write(dir.resolve("platform.callers"), List.of(callerLines));
    var config =
        new ApiConfig(
            "platform",
            "127.0.0.1",
            0,
            dir.resolve("unused.properties"),
            dir.resolve("platform.callers"),
            null,
            1000,
            1000,
            1024);
    server =
        ApiServer.create(
                config,
                network.connect("PlatformMSP"),
                Clock.systemUTC(),
                null,
                null,
                this::connect)
            .start();
    return "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() {
    server.close();
    own.close();
  }

  private JsonNode earn(String base, String key, String volunteer) throws Exception {
    String body =
        "{\"volunteerId\":\""
            + volunteer
            + "\",\"activityId\":\""
            + UUID.randomUUID()
            + "\",\"minutes\":60,\"coins\":\"1.00\",\"evidenceHash\":\""
            + "ab".repeat(32)
            + "\",\"category\":\"community\"}";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/v1/earnings"))
                .header("X-API-Key", key)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode json = JSON.readTree(response.body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("status", response.statusCode());
    return json;
  }

  private String volunteer() {
    String id = "vol-" + UUID.randomUUID().toString().substring(0, 8);
    own.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), id));
    return id;
  }

  @Test
  void each_key_writes_as_its_own_operator_and_a_key_without_one_as_the_instance()
      throws Exception {
    String base =
        start(
            "henan platform-operator " + ApiKeys.sha256Hex(HENAN_KEY) + " henan-ops.properties",
            "hubei platform-operator " + ApiKeys.sha256Hex(HUBEI_KEY) + " hubei-ops.properties",
            "ops platform-operator " + ApiKeys.sha256Hex(OPS_KEY));
    String volunteer = volunteer();

    JsonNode byHenan = earn(base, HENAN_KEY, volunteer);
    JsonNode byHubei = earn(base, HUBEI_KEY, volunteer);
    JsonNode byInstance = earn(base, OPS_KEY, volunteer);

    assertThat(byHenan.get("status").asInt()).as(byHenan.toString()).isEqualTo(201);
    assertThat(byHenan.at("/result/recordedBy/branch").asText()).isEqualTo("henan");
    assertThat(byHenan.at("/result/verifier").asText()).isEqualTo("henan");
    assertThat(byHubei.at("/result/recordedBy/branch").asText()).isEqualTo("hubei");
    assertThat(byHubei.at("/result/recordedBy/certificateId").asText())
        .isNotEqualTo(byHenan.at("/result/recordedBy/certificateId").asText());
    // The instance's own identity: the org's default operator (InProcessNetwork.connect).
    assertThat(byInstance.at("/result/recordedBy/branch").asText())
        .isEqualTo(InProcessNetwork.DEFAULT_BRANCH);
    // One connection per identity, opened at start.
    assertThat(connected)
        .containsExactlyInAnyOrder(
            dir.resolve("henan-ops.properties"), dir.resolve("hubei-ops.properties"));
  }

  @Test
  void a_rotated_key_is_refused_and_its_successor_writes_as_the_same_operator() throws Exception {
    String base =
        start("henan platform-operator " + ApiKeys.sha256Hex(HENAN_KEY) + " henan-ops.properties");
    String volunteer = volunteer();
    String certificate =
        earn(base, HENAN_KEY, volunteer).at("/result/recordedBy/certificateId").asText();
    assertThat(certificate).matches("[0-9a-f]{64}");

    // Rotation: a new key for the same caller and identity in the callers file, then a restart.
    String newKey = "tc_henan-key-2";
    base = start("henan platform-operator " + ApiKeys.sha256Hex(newKey) + " henan-ops.properties");

    assertThat(earn(base, HENAN_KEY, volunteer).get("status").asInt()).isEqualTo(401);
    JsonNode after = earn(base, newKey, volunteer);
    assertThat(after.get("status").asInt()).isEqualTo(201);
    assertThat(after.at("/result/recordedBy/certificateId").asText()).isEqualTo(certificate);
  }

  @Test
  void a_rotated_identity_signs_the_same_key_s_writes_under_its_new_certificate() throws Exception {
    String base =
        start("henan platform-operator " + ApiKeys.sha256Hex(HENAN_KEY) + " henan-ops.properties");
    String volunteer = volunteer();
    String before =
        earn(base, HENAN_KEY, volunteer).at("/result/recordedBy/certificateId").asText();

    // Rotation: the key's line names the new operator's client config, then a restart.
    base =
        start(
            "henan platform-operator " + ApiKeys.sha256Hex(HENAN_KEY) + " henan-ops-2.properties");
    JsonNode after = earn(base, HENAN_KEY, volunteer);

    assertThat(after.get("status").asInt()).isEqualTo(201);
    assertThat(after.at("/result/recordedBy/certificateId").asText()).isNotEqualTo(before);
    assertThat(after.at("/result/recordedBy/branch").asText()).isEqualTo("henan");
  }
}
