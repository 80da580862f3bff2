package io.timecoin.api.server;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.ECKey;
import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.auth.VolunteerTokens;
import io.timecoin.client.RequestIds;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.testing.InProcessNetwork;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.SetEarningPolicyRequest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTTP layer in process over the in-process ledger (the real contract, in memory): routing,
 * authentication, the role table, the idempotency rules and the problem+json mapping. What a Fabric
 * network adds is tested by the ITs.
 */
class ApiServerTest {

  private static final String OPS_KEY = "tc_ops-key";
  private static final String READER_KEY = "tc_reader-key";
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
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void liveness_and_metrics_need_no_credentials() throws Exception {
    assertThat(send(get("/livez")).statusCode()).isEqualTo(200);
    send(get("/v1/earning-policy"));

    HttpResponse<String> metrics = send(get("/metrics"));
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("timecoin_api_requests");
  }

  @Test
  void serves_the_openapi_document_and_the_docs_page() throws Exception {
    HttpResponse<String> openApi = send(get("/openapi.json"));
    HttpResponse<String> docs = send(get("/docs"));
    HttpResponse<String> ui = send(get("/docs/ui/swagger-ui-bundle.js"));

    JsonNode document = JSON.readTree(openApi.body());
    assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
    // This (platform) instance first, as the origin the document came from; then the others.
    assertThat(document.at("/servers/0/url").asText()).isEqualTo("/");
    assertThat(document.at("/servers/0/description").asText()).startsWith("platform");
    assertThat(document.get("servers").findValuesAsText("description"))
        .contains("insurer", "auditor")
        .doesNotContain("platform");
    // Amounts as the server parses them, and typed query parameters.
    assertThat(document.at("/components/schemas/AmountInput/pattern").asText())
        .isEqualTo("^[0-9]{1,17}(\\.[0-9]{1,2})?$");
    assertThat(document.at("/components/schemas/RecordEarningBody/properties/coins/$ref").asText())
        .endsWith("/AmountInput");
    assertThat(docs.body()).contains("/openapi.json");
    assertThat(ui.statusCode())
        .as("the swagger-ui webjar version matches SwaggerUi.VERSION")
        .isEqualTo(200);
  }

  @Test
  void a_caller_over_its_rate_limit_gets_429_with_retry_after() throws Exception {
    var config =
        new ApiConfig(
            "platform",
            "127.0.0.1",
            0,
            dir.resolve("unused.properties"),
            dir.resolve("platform.callers"),
            null,
            0.01,
            2,
            1024);
    try (ApiServer limited = ApiServer.create(config, ledger, Clock.systemUTC()).start()) {
      HttpRequest request =
          HttpRequest.newBuilder(
                  URI.create("http://127.0.0.1:" + limited.port() + "/v1/earning-policy"))
              .header("X-API-Key", READER_KEY)
              .build();
      send(request);
      send(request);
      HttpResponse<String> third = send(request);

      assertProblem(third, 429, "RATE_LIMITED");
      assertThat(third.headers().firstValue("Retry-After"))
          .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
    }
  }

  @Test
  void events_answer_503_while_no_feed_is_configured() throws Exception {
    assertProblem(
        send(get("/v1/events").header("X-API-Key", READER_KEY)), 503, "EVENTS_UNAVAILABLE");
    assertProblem(send(get("/v1/events")), 401, "UNAUTHENTICATED");
  }

  @Test
  void a_request_without_credentials_is_401_problem_json() throws Exception {
    HttpResponse<String> response = send(get("/v1/volunteers/vol-1/account"));

    assertProblem(response, 401, "UNAUTHENTICATED");
  }

  @Test
  void an_unknown_key_is_401_and_a_reader_may_not_write() throws Exception {
    assertProblem(
        send(get("/v1/volunteers/vol-1/account").header("X-API-Key", "tc_guess")),
        401,
        "UNAUTHENTICATED");
    assertProblem(
        send(register(READER_KEY, "k1", "{\"volunteerId\":\"vol-1\"}")), 403, "FORBIDDEN");
    assertThat(send(register(OPS_KEY, "k1", "{\"volunteerId\":\"vol-1\"}")).statusCode())
        .isEqualTo(201);
  }

  @Test
  void a_write_answers_with_result_request_id_transaction_and_block() throws Exception {
    HttpResponse<String> response = send(register(OPS_KEY, "reg-1", "{\"volunteerId\":\"vol-1\"}"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("requestId").asText()).isEqualTo("platform-ops.reg-1");
    assertThat(body.get("transactionId").asText()).isNotEmpty();
    assertThat(body.get("blockNumber").asLong()).isPositive();
    assertThat(body.get("result").get("volunteerId").asText()).isEqualTo("vol-1");
  }

  @Test
  void same_key_and_body_replays_and_another_body_is_422() throws Exception {
    HttpResponse<String> first = send(register(OPS_KEY, "reg-1", "{\"volunteerId\":\"vol-1\"}"));
    HttpResponse<String> replay = send(register(OPS_KEY, "reg-1", "{\"volunteerId\":\"vol-1\"}"));
    HttpResponse<String> other = send(register(OPS_KEY, "reg-1", "{\"volunteerId\":\"vol-2\"}"));

    assertThat(replay.statusCode()).isEqualTo(201);
    assertThat(replay.body()).isEqualTo(first.body());
    assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertProblem(other, 422, "IDEMPOTENCY_CONFLICT");
    assertAbsent("vol-2");
  }

  @Test
  void a_write_without_idempotency_key_is_400() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/v1/volunteers"))
            .header("X-API-Key", OPS_KEY)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"volunteerId\":\"vol-1\"}"))
            .build();

    assertProblem(send(request), 400, "IDEMPOTENCY_KEY_REQUIRED");
    assertAbsent("vol-1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "malformed JSON | {\"volunteerId\": | 400 | MALFORMED_REQUEST",
        "duplicate key | {\"volunteerId\":\"vol-1\",\"volunteerId\":\"vol-2\"} | 400 | MALFORMED_REQUEST",
        "unknown field | {\"volunteerId\":\"vol-1\",\"name\":\"Alice\"} | 400 | MALFORMED_REQUEST",
        "wrong type | {\"volunteerId\":42} | 400 | MALFORMED_REQUEST",
        "requestId in body | {\"volunteerId\":\"vol-1\",\"requestId\":\"x\"} | 400 | MALFORMED_REQUEST",
        "array body | [] | 400 | MALFORMED_REQUEST",
        "bad id | {\"volunteerId\":\"../etc\"} | 400 | INVALID_VOLUNTEER_ID",
      })
  void bad_bodies_are_problem_json_and_change_nothing(
      String name, String body, int status, String code) throws Exception {
    HttpResponse<String> response = send(register(OPS_KEY, "bad-1", body));

    assertProblem(response, status, code);
    assertThat(response.body()).doesNotContain("Alice");
    assertAbsent("vol-1");
  }

  @Test
  void an_oversized_body_is_413_and_a_wrong_content_type_is_415() throws Exception {
    String huge = "{\"volunteerId\":\"" + "a".repeat(2000) + "\"}";
    assertProblem(send(register(OPS_KEY, "big-1", huge)), 413, "PAYLOAD_TOO_LARGE");

    HttpRequest text =
        HttpRequest.newBuilder(URI.create(base + "/v1/volunteers"))
            .header("X-API-Key", OPS_KEY)
            .header("Idempotency-Key", "t-1")
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{\"volunteerId\":\"vol-1\"}"))
            .build();
    assertProblem(send(text), 415, "UNSUPPORTED_MEDIA_TYPE");
    assertAbsent("vol-1");
  }

  @Test
  void a_chunked_body_over_the_limit_is_413_too() throws Exception {
    // No Content-Length: the limit can only be applied while reading.
    byte[] huge = ("{\"volunteerId\":\"" + "a".repeat(5000) + "\"}").getBytes(UTF_8);
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create(base + "/v1/volunteers"))
            .header("X-API-Key", OPS_KEY)
            .header("Idempotency-Key", "chunked-1")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
            .build();

    assertProblem(send(chunked), 413, "PAYLOAD_TOO_LARGE");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "UTF-16BE, application/json",
    "UTF-16LE, application/json",
    "UTF-32BE, application/json",
    "UTF-8 with BOM, application/json",
    "UTF-8, application/json; charset=utf-16",
    "ISO-8859-1, application/json",
  })
  void a_body_that_is_not_utf8_json_is_415_and_changes_nothing(String encoding, String type)
      throws Exception {
    String json = "{\"volunteerId\":\"vol-1\"}";
    byte[] body =
        switch (encoding) {
          case "UTF-8 with BOM" -> ("\uFEFF" + json).getBytes(UTF_8);
          case "ISO-8859-1" ->
              "{\"volunteerId\":\"vol-1\",\"memo\":\"caf\u00e9\"}".getBytes(ISO_8859_1);
          default -> json.getBytes(Charset.forName(encoding));
        };
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/v1/volunteers"))
            .header("X-API-Key", OPS_KEY)
            .header("Idempotency-Key", "enc-1")
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();

    assertProblem(send(request), 415, "BODY_NOT_UTF8");
    assertAbsent("vol-1");
    // The same body in UTF-8 is fine: the key was not used up by the refusal.
    assertThat(send(register(OPS_KEY, "enc-1", json)).statusCode()).isEqualTo(201);
  }

  @Test
  void a_refusal_that_may_come_from_a_lagging_peer_is_not_replayed_under_its_key()
      throws Exception {
    // The real contract earns nothing before an earning policy is set.
    ledger.setEarningPolicy(
        new SetEarningPolicyRequest(
            RequestIds.newId(), CoinAmount.parse("8.00"), CoinAmount.parse("12.00"), "+00:00"));
    // VOLUNTEER_NOT_FOUND right after a registration can come from a peer a block behind.
    HttpResponse<String> early = send(earning("earn-1", "vol-7"));
    assertProblem(early, 404, "VOLUNTEER_NOT_FOUND");
    send(register(OPS_KEY, "reg-7", "{\"volunteerId\":\"vol-7\"}"));

    HttpResponse<String> again = send(earning("earn-1", "vol-7"));

    assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).isEmpty();
  }

  @Test
  void a_replayed_problem_names_the_request_that_received_it() throws Exception {
    HttpResponse<String> first = send(register(OPS_KEY, "bad-2", "{\"volunteerId\":\"../x\"}"));
    HttpResponse<String> replay = send(register(OPS_KEY, "bad-2", "{\"volunteerId\":\"../x\"}"));

    String firstInstance = JSON.readTree(first.body()).path("instance").asText();
    String replayInstance = JSON.readTree(replay.body()).path("instance").asText();
    assertThat(firstInstance).isNotBlank();
    assertThat(replayInstance).isNotBlank().isNotEqualTo(firstInstance);
    assertThat(replay.headers().firstValue("X-Request-Id")).contains(replayInstance);
  }

  @Test
  void a_volunteer_reads_only_their_own_account_and_others_look_missing() throws Exception {
    send(register(OPS_KEY, "r1", "{\"volunteerId\":\"vol-1\"}"));
    send(register(OPS_KEY, "r2", "{\"volunteerId\":\"vol-2\"}"));
    String token =
        VolunteerTokens.of(tokenKey, Clock.systemUTC()).mint("vol-1", Duration.ofMinutes(5));

    HttpResponse<String> own =
        send(get("/v1/volunteers/vol-1/account").header("Authorization", "Bearer " + token));
    HttpResponse<String> other =
        send(get("/v1/volunteers/vol-2/account").header("Authorization", "Bearer " + token));
    HttpResponse<String> missing =
        send(get("/v1/volunteers/vol-9/account").header("X-API-Key", READER_KEY));

    assertThat(own.statusCode()).isEqualTo(200);
    assertProblem(other, 404, "VOLUNTEER_NOT_FOUND");
    assertThat(withoutInstance(other.body())).isEqualTo(withoutInstance(missing.body()));
  }

  @Test
  void a_volunteer_may_not_write_even_with_a_valid_token() throws Exception {
    String token =
        VolunteerTokens.of(tokenKey, Clock.systemUTC()).mint("vol-1", Duration.ofMinutes(5));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/v1/volunteers"))
            .header("Authorization", "Bearer " + token)
            .header("Idempotency-Key", "v-1")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"volunteerId\":\"vol-1\"}"))
            .build();

    assertProblem(send(request), 403, "FORBIDDEN");
    assertAbsent("vol-1");
  }

  @Test
  void unknown_routes_methods_and_query_parameters_are_problems() throws Exception {
    assertProblem(
        send(get("/v1/nothing-here").header("X-API-Key", OPS_KEY)), 404, "ROUTE_NOT_FOUND");
    assertProblem(send(get("/nothing")), 404, "ROUTE_NOT_FOUND");
    assertProblem(
        send(get("/v1/volunteers/vol-1/account?debug=1").header("X-API-Key", OPS_KEY)),
        400,
        "INVALID_QUERY");
    HttpRequest delete =
        HttpRequest.newBuilder(URI.create(base + "/v1/earning-policy"))
            .header("X-API-Key", OPS_KEY)
            .DELETE()
            .build();
    assertThat(send(delete).statusCode()).isIn(404, 405);
  }

  @Test
  void a_method_the_route_does_not_take_is_405_with_allow() throws Exception {
    HttpRequest delete =
        HttpRequest.newBuilder(URI.create(base + "/v1/volunteers"))
            .header("X-API-Key", OPS_KEY)
            .DELETE()
            .build();

    HttpResponse<String> response = send(delete);

    assertProblem(response, 405, "METHOD_NOT_ALLOWED");
    assertThat(response.headers().firstValue("Allow")).contains("POST");
    assertThat(JSON.readTree(response.body()).path("instance").asText()).isNotBlank();
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).GET();
  }

  private HttpRequest.Builder register(String key, String idempotencyKey, String body) {
    var builder =
        HttpRequest.newBuilder(URI.create(base + "/v1/volunteers"))
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return key.isEmpty() ? builder : builder.header("X-API-Key", key);
  }

  private HttpRequest.Builder earning(String idempotencyKey, String volunteerId) {
    String body =
        "{\"volunteerId\":\""
            + volunteerId
            + "\",\"activityId\":\"shift-1\",\"minutes\":60,\"coins\":\"1.00\","
            + "\"verifier\":\"branch-7\",\"evidenceHash\":\""
            + "ab".repeat(32)
            + "\",\"category\":\"community\"}";
    return HttpRequest.newBuilder(URI.create(base + "/v1/earnings"))
        .header("X-API-Key", OPS_KEY)
        .header("Idempotency-Key", idempotencyKey)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("detail").asText()).isNotBlank();
  }

  private void assertAbsent(String volunteerId) {
    assertThat(ledger)
        .satisfies(
            l -> {
              try {
                l.getAccount(volunteerId);
                throw new AssertionError(volunteerId + " was registered");
              } catch (io.timecoin.client.LedgerRejectedException expected) {
                // not there: nothing was written
              }
            });
  }

  private static String withoutInstance(String body) throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree(body);
    tree.remove("instance");
    return tree.toString();
  }
}
