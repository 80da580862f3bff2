package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.timecoin.bench.load.HttpFailure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The API client against a local HTTP server that answers like the API contract says. */
class PlatformApiTest {

  private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
  private HttpServer server;

  private URI serve(int status, String body) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          seen.add(requestOf(exchange));
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
          if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
          }
          exchange.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private static Map<String, String> requestOf(HttpExchange exchange) throws IOException {
    Map<String, String> r = new ConcurrentHashMap<>();
    r.put("method", exchange.getRequestMethod());
    r.put("path", exchange.getRequestURI().getPath());
    r.put("key", String.valueOf(exchange.getRequestHeaders().getFirst("X-API-Key")));
    r.put("idem", String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
    r.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    return r;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void posts_an_earning_with_the_key_and_idempotency_key_and_accepts_201() throws Exception {
    PlatformApi api = new PlatformApi(serve(201, "{}"), "k-123");

    api.recordEarning("req-1", "{\"volunteerId\":\"v\"}");

    assertThat(seen).hasSize(1);
    assertThat(seen.get(0))
        .containsEntry("method", "POST")
        .containsEntry("path", "/v1/earnings")
        .containsEntry("key", "k-123")
        .containsEntry("idem", "req-1")
        .containsEntry("body", "{\"volunteerId\":\"v\"}");
  }

  @Test
  void opens_an_account_with_a_post_of_the_volunteer_id() throws Exception {
    PlatformApi api = new PlatformApi(serve(201, "{}"), "k-9");

    api.registerVolunteer("brun:reg:brun-w2-0", "brun-w2-0");

    assertThat(seen.get(0))
        .containsEntry("method", "POST")
        .containsEntry("path", "/v1/volunteers")
        .containsEntry("key", "k-9")
        .containsEntry("idem", "brun:reg:brun-w2-0")
        .containsEntry("body", "{\"volunteerId\":\"brun-w2-0\"}");
  }

  @Test
  void a_write_answered_with_another_status_than_201_is_a_failure_with_its_code() throws Exception {
    PlatformApi api =
        new PlatformApi(serve(409, "{\"code\":\"VOLUNTEER_ALREADY_REGISTERED\"}"), "k");

    assertThatThrownBy(() -> api.registerVolunteer("i", "v"))
        .isInstanceOfSatisfying(
            HttpFailure.class,
            f -> assertThat(f.errorCode()).isEqualTo("VOLUNTEER_ALREADY_REGISTERED"));
  }

  @Test
  void reads_an_account_and_names_a_refusal_by_status_and_error_code() throws Exception {
    PlatformApi api =
        new PlatformApi(serve(404, "{\"code\":\"VOLUNTEER_NOT_FOUND\",\"message\":\"x\"}"), "k");

    assertThatThrownBy(() -> api.getAccount("vol-1"))
        .isInstanceOfSatisfying(
            HttpFailure.class,
            f -> {
              assertThat(f.status()).isEqualTo(404);
              assertThat(f.errorCode()).isEqualTo("VOLUNTEER_NOT_FOUND");
            });
    assertThat(seen.get(0)).containsEntry("path", "/v1/volunteers/vol-1/account");
  }

  @Test
  void is_unusable_when_nothing_listens_or_no_key_was_given() throws Exception {
    int freePort;
    try (ServerSocket socket = new ServerSocket(0)) {
      freePort = socket.getLocalPort();
    }

    assertThat(new PlatformApi(URI.create("http://127.0.0.1:" + freePort), "k").unusable())
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("API not reachable"));
    URI answering = serve(401, "");
    assertThat(new PlatformApi(answering, "").unusable())
        .hasValueSatisfying(reason -> assertThat(reason).contains("no API key"));
    assertThat(new PlatformApi(answering, "k").unusable()).isEmpty();
  }
}
