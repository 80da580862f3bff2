package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load generator's GET client against the JDK's own HTTP server. */
class KeptAliveGetsTest {

  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
  private final List<String> keys = new CopyOnWriteArrayList<>();
  private HttpServer server;

  private URI serve(boolean chunked) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          clientPorts.add(exchange.getRemoteAddress().getPort());
          keys.add(exchange.getRequestHeaders().getFirst("X-API-Key"));
          byte[] body =
              ("{\"path\":\"" + exchange.getRequestURI().getPath() + "\"}")
                  .getBytes(StandardCharsets.UTF_8);
          int status = exchange.getRequestURI().getPath().endsWith("missing") ? 404 : 200;
          // length 0 makes the JDK server send the body chunked
          exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void reads_many_answers_over_one_kept_connection() throws Exception {
    try (KeptAliveGets http = new KeptAliveGets(serve(false))) {
      for (int i = 0; i < 5; i++) {
        KeptAliveGets.Answer a = http.get("/v1/volunteers/v" + i + "/account", "X-API-Key", "k");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo("{\"path\":\"/v1/volunteers/v" + i + "/account\"}");
      }
    }
    assertThat(clientPorts).hasSize(1);
    assertThat(keys).hasSize(5).containsOnly("k");
  }

  @Test
  void reads_chunked_answers_and_error_statuses() throws Exception {
    try (KeptAliveGets http = new KeptAliveGets(serve(true))) {
      assertThat(http.get("/a", "X-API-Key", "k"))
          .isEqualTo(new KeptAliveGets.Answer(200, "{\"path\":\"/a\"}"));
      assertThat(http.get("/missing", "X-API-Key", "k").status()).isEqualTo(404);
      assertThat(http.get("/b", "X-API-Key", "k").body()).isEqualTo("{\"path\":\"/b\"}");
    }
    assertThat(clientPorts).hasSize(1);
  }

  @Test
  void opens_a_new_connection_when_the_server_closed_the_kept_one() throws Exception {
    URI base = serve(false);
    try (KeptAliveGets http = new KeptAliveGets(base)) {
      assertThat(http.get("/a", "X-API-Key", "k").status()).isEqualTo(200);
      // A new server on the same port: the kept connection is gone, as after an idle timeout.
      server.stop(0);
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", base.getPort()), 0);
      server.createContext(
          "/",
          exchange -> {
            clientPorts.add(exchange.getRemoteAddress().getPort());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
          });
      server.start();

      assertThat(http.get("/b", "X-API-Key", "k").status()).isEqualTo(204);
    }
    assertThat(clientPorts).hasSize(2);
  }
}
