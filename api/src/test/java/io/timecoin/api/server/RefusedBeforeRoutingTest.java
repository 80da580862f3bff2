package io.timecoin.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.api.auth.ApiKeys;
import io.timecoin.client.testing.InProcessNetwork;
import java.io.InputStream;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Jetty refuses before any route runs: problem+json with a code naming the limit, and a status
 * the OpenAPI document lists for every operation. Found by Schemathesis (outside-tests), which sent
 * a cursor of several KiB and got an undocumented 414 whose detail spoke of encoded slashes.
 */
class RefusedBeforeRoutingTest {

  private static final String OPS_KEY = "tc_ops-key";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LONG = "a".repeat(9000);

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private ApiServer server;
  private String base;

  @BeforeEach
  void start() throws Exception {
    Files.write(
        dir.resolve("platform.callers"),
        List.of("platform-ops platform-operator " + ApiKeys.sha256Hex(OPS_KEY)));
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
                config, InProcessNetwork.create().connect("PlatformMSP"), Clock.systemUTC())
            .start();
    base = "http://127.0.0.1:" + server.port();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void a_query_longer_than_the_server_accepts_is_414_uri_too_long() throws Exception {
    HttpResponse<String> response = send("/v1/claims?status=FILED&cursor=" + LONG, Map.of());

    assertProblem(response, 414, "URI_TOO_LONG");
    assertThat(JSON.readTree(response.body()).path("detail").asText()).contains("8 KiB");
  }

  @Test
  void headers_larger_than_the_server_accepts_are_431_headers_too_large() throws Exception {
    HttpResponse<String> response = send("/v1/earning-policy", Map.of("Prefer", LONG));

    assertProblem(response, 431, "HEADERS_TOO_LARGE");
  }

  @Test
  void every_operation_of_the_openapi_document_lists_414_and_431() throws Exception {
    JsonNode document;
    try (InputStream in = Docs.class.getResourceAsStream(Docs.OPENAPI)) {
      document = JSON.readTree(in);
    }
    List<String> missing = new ArrayList<>();
    List<String> operations = new ArrayList<>();
    for (var path : document.path("paths").properties()) {
      for (var operation : path.getValue().properties()) {
        String name = operation.getKey() + " " + path.getKey();
        operations.add(name);
        JsonNode responses = operation.getValue().path("responses");
        if (!responses.has("414") || !responses.has("431")) {
          missing.add(name);
        }
      }
    }

    assertThat(operations).hasSizeGreaterThan(30);
    assertThat(missing).isEmpty();
  }

  private HttpResponse<String> send(String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path)).header("X-API-Key", OPS_KEY).GET();
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code)
      throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("code").asText()).isEqualTo(code);
    assertThat(body.path("title").asText()).isEqualTo(code);
    assertThat(body.path("status").asInt()).isEqualTo(status);
  }
}
