package io.timecoin.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.auth.VolunteerTokens;
import io.timecoin.client.HeartsLedger;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.testing.InProcessNetwork;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.RecordHeartsRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetHeartsPolicyRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hearts and project routes in process over the in-process ledger (the real contract): a
 * volunteer donates with their own token and only their own hearts, everyone reads a project and
 * its progress, only auditors list the rows, hearts never transfer, and refusals are problem+json
 * with the ledger's code.
 */
class HeartsRoutesTest {

  private static final String OPS_KEY = "tc_ops-key";
  private static final String READER_KEY = "tc_reader-key";
  private static final String DESCRIPTION = "ab".repeat(32);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final TimeCoinLedger ledger = InProcessNetwork.create().connect("PlatformMSP");
  private final HttpClient http = HttpClient.newHttpClient();
  private ECKey tokenKey;
  private ApiServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    Files.write(
        dir.resolve("platform.callers"),
        List.of(
            "platform-ops platform-operator " + ApiKeys.sha256Hex(OPS_KEY),
            "platform-reader platform-reader " + ApiKeys.sha256Hex(READER_KEY)));
    tokenKey = VolunteerTokens.newSigningKey();
    Files.writeString(dir.resolve("token.pub.jwk"), tokenKey.toPublicJWK().toJSONString());
    var config =
        new ApiConfig(
            "platform",
            "127.0.0.1",
            0,
            dir.resolve("unused.properties"),
            dir.resolve("platform.callers"),
            dir.resolve("token.pub.jwk"),
            1000,
            1000,
            1024);
    server = ApiServer.create(config, ledger, Clock.systemUTC()).start();
    base = "http://127.0.0.1:" + server.port();
    HeartsLedger hearts = HeartsLedger.over(ledger);
    hearts.setHeartsPolicy(
        new SetHeartsPolicyRequest("hp-1", 50L, CoinAmount.ZERO, CoinAmount.ZERO, "+08:00"));
    for (String id : List.of("vol-1", "vol-2")) {
      ledger.registerVolunteer(new RegisterVolunteerRequest("reg-" + id, id));
      hearts.recordHearts(
          new RecordHeartsRequest("h-" + id, id, "task-1", 20L, "branch-7", DESCRIPTION));
    }
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_volunteer_donates_their_own_hearts_with_their_own_token_and_everyone_sees_progress()
      throws Exception {
    assertThat(send(launch("p1")).statusCode()).isEqualTo(201);
    String token = token("vol-1");

    HttpResponse<String> donated =
        send(write("/v1/projects/p1/donations", "d-1", "{\"hearts\":5}", "Bearer " + token));

    assertThat(donated.statusCode()).as(donated.body()).isEqualTo(201);
    JsonNode row = JSON.readTree(donated.body()).get("result");
    assertThat(row.get("volunteerId").asText()).isEqualTo("vol-1");
    assertThat(row.get("hearts").asLong()).isEqualTo(5);
    HttpResponse<String> progress =
        send(get("/v1/projects/p1/progress").header("Authorization", "Bearer " + token("vol-2")));
    assertThat(progress.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(progress.body()).get("raisedHearts").asLong()).isEqualTo(5);
    HttpResponse<String> project =
        send(get("/v1/projects/p1").header("Authorization", "Bearer " + token));
    assertThat(JSON.readTree(project.body()).get("status").asText()).isEqualTo("OPEN");
    HttpResponse<String> own =
        send(get("/v1/volunteers/vol-1/hearts").header("Authorization", "Bearer " + token));
    assertThat(JSON.readTree(own.body()).get("balance").asLong()).isEqualTo(15);
    assertProblem(
        send(get("/v1/volunteers/vol-2/hearts").header("Authorization", "Bearer " + token)),
        404,
        "VOLUNTEER_NOT_FOUND");
  }

  @Test
  void a_volunteer_cannot_donate_for_another_and_too_many_hearts_are_422() throws Exception {
    send(launch("p1"));
    String token = "Bearer " + token("vol-1");

    assertProblem(
        send(
            write(
                "/v1/projects/p1/donations",
                "d-1",
                "{\"hearts\":1,\"volunteerId\":\"vol-2\"}",
                token)),
        400,
        "MALFORMED_REQUEST");
    assertProblem(
        send(write("/v1/projects/p1/donations", "d-2", "{\"hearts\":21}", token)),
        422,
        "INSUFFICIENT_HEARTS");
    assertProblem(
        send(write("/v1/projects/nope/donations", "d-3", "{\"hearts\":1}", token)),
        404,
        "PROJECT_NOT_FOUND");
    assertThat(HeartsLedger.over(ledger).getHeartsAccount("vol-2").balance()).isEqualTo(20);
    assertThat(HeartsLedger.over(ledger).getProjectProgress("p1").donations()).isZero();
  }

  @Test
  void operators_close_projects_readers_may_not_list_rows_and_hearts_never_transfer()
      throws Exception {
    send(launch("p1"));
    send(
        write(
            "/v1/projects/p1/donations",
            "d-1",
            "{\"hearts\":20,\"volunteerId\":\"vol-2\"}",
            OPS_KEY));

    HttpResponse<String> closed = send(write("/v1/projects/p1/close", "c-1", "{}", OPS_KEY));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(JSON.readTree(closed.body()).at("/result/status").asText()).isEqualTo("FUNDED");
    assertProblem(
        send(write("/v1/projects/p1/close", "c-2", "{}", OPS_KEY)), 409, "PROJECT_CLOSED");
    assertProblem(
        send(get("/v1/projects/p1/donations").header("X-API-Key", READER_KEY)), 403, "FORBIDDEN");
    assertProblem(
        send(
            write(
                "/v1/transfers",
                "t-1",
                "{\"fromId\":\"vol-1\",\"toId\":\"vol-2\",\"coins\":\"1\",\"unit\":\"HEARTS\"}",
                OPS_KEY)),
        422,
        "HEARTS_NOT_TRANSFERABLE");
    assertProblem(
        send(
            write(
                "/v1/projects/p1/donations", "d-9", "{\"hearts\":1}", "Bearer " + token("vol-1"))),
        409,
        "PROJECT_CLOSED");
  }

  private HttpRequest.Builder launch(String projectId) {
    String body =
        "{\"projectId\":\""
            + projectId
            + "\",\"targetHearts\":20,\"deadline\":\""
            + Instant.now().plus(Duration.ofDays(3))
            + "\",\"descriptionHash\":\""
            + DESCRIPTION
            + "\",\"sponsorId\":\"sponsor-1\",\"pledge\":\"100.00\",\"currency\":\"CNY\"}";
    return write("/v1/projects", "launch-" + projectId, body, OPS_KEY);
  }

  private String token(String volunteerId) {
    return VolunteerTokens.of(tokenKey, Clock.systemUTC()).mint(volunteerId, Duration.ofMinutes(5));
  }

  private HttpRequest.Builder write(String path, String key, String body, String credential) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Idempotency-Key", key)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return credential.startsWith("Bearer ")
        ? builder.header("Authorization", credential)
        : builder.header("X-API-Key", credential);
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo(code);
  }
}
