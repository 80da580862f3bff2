package io.timecoin.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.api.auth.ApiKeys;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the API promises while the ledger hangs: a write answers within the write timeout, and one
 * caller cannot hold more than its share of the server.
 */
class ApiLimitsTest {

  private static final String OPS_KEY = "tc_ops-key";
  private static final String READER_KEY = "tc_reader-key";
  private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(4);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final StallingLedger stalling = new StallingLedger();
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private ApiServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    Files.write(
        dir.resolve("platform.callers"),
        List.of(
            "platform-ops platform-operator " + ApiKeys.sha256Hex(OPS_KEY),
            "platform-reader platform-reader " + ApiKeys.sha256Hex(READER_KEY)));
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
            1024,
            WRITE_TIMEOUT,
            2,
            Duration.ofSeconds(30),
            1024,
            null);
    server = ApiServer.create(config, stalling.ledger(), Clock.systemUTC()).start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() {
    stalling.release();
    server.close();
  }

  @Test
  void a_write_the_ledger_does_not_settle_answers_503_within_the_bound_with_its_request_id()
      throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> response = send(register("slow-1", "vol-1"));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertThat(took).isBetween(WRITE_TIMEOUT, WRITE_TIMEOUT.plusSeconds(2));
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(response.headers().firstValue("Location"))
        .contains("/v1/requests/platform-ops.slow-1");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("code").asText()).isEqualTo("OUTCOME_UNKNOWN");
    assertThat(body.get("requestId").asText()).isEqualTo("platform-ops.slow-1");
    assertThat(body.get("instance").asText()).isNotBlank();

    // The write went on; once the ledger answers, the same key gets its result.
    stalling.release();
    HttpResponse<String> later = awaitNotInFlight(register("slow-1", "vol-1"));
    assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
    assertThat(later.headers().firstValue("Idempotent-Replayed")).contains("true");
  }

  @Test
  void a_caller_at_its_cap_of_running_requests_gets_429_and_others_are_served() throws Exception {
    CompletableFuture<HttpResponse<String>> one = sendAsync(register("cap-1", "vol-1"));
    CompletableFuture<HttpResponse<String>> two = sendAsync(register("cap-2", "vol-2"));
    assertThat(stalling.stalled.tryAcquire(2, 5, TimeUnit.SECONDS)).isTrue();

    HttpResponse<String> third =
        send(
            HttpRequest.newBuilder(URI.create(base + "/v1/earning-policy"))
                .header("X-API-Key", OPS_KEY));
    HttpResponse<String> otherCaller =
        send(
            HttpRequest.newBuilder(URI.create(base + "/v1/volunteers/vol-9/account"))
                .header("X-API-Key", READER_KEY));

    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(third.body()).get("code").asText())
        .isEqualTo("TOO_MANY_CONCURRENT_REQUESTS");
    assertThat(third.headers().firstValue("Retry-After")).contains("1");
    assertThat(otherCaller.statusCode()).isEqualTo(404);

    stalling.release();
    assertThat(one.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    assertThat(two.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
    // Slots are given back: the caller is served again.
    HttpResponse<String> after =
        send(
            HttpRequest.newBuilder(URI.create(base + "/v1/volunteers/vol-1/account"))
                .header("X-API-Key", OPS_KEY));
    assertThat(after.statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> awaitNotInFlight(HttpRequest.Builder request) throws Exception {
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> response = send(request);
      if (response.statusCode() != 409) {
        return response;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the write stayed in flight");
  }

  private HttpRequest.Builder register(String idempotencyKey, String volunteerId) {
    return HttpRequest.newBuilder(URI.create(base + "/v1/volunteers"))
        .header("X-API-Key", OPS_KEY)
        .header("Idempotency-Key", idempotencyKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"volunteerId\":\"" + volunteerId + "\"}"));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private CompletableFuture<HttpResponse<String>> sendAsync(HttpRequest.Builder request) {
    return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
