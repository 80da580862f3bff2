package io.timecoin.bench.workload;

import io.timecoin.bench.load.HttpFailure;
import io.timecoin.model.LedgerJson;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's HTTP API (api/README.md): {@code POST /v1/volunteers} and {@code POST
 * /v1/earnings} (201 when committed) and {@code GET /v1/volunteers/{id}/account} (200), with {@code
 * X-API-Key} and, for writes, {@code Idempotency-Key}. Writes go through one shared JDK HTTP/1.1
 * client, as a backend would use; reads through {@link KeptAliveGets}, a kept-alive connection per
 * worker, whose CPU per request is a fraction of the JDK client's (W4-API reads are CPU-bound on
 * the machine the API runs on; bench/results/2026-11-30-apiread.md).
 */
final class PlatformApi {

  private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI base;
  private final String apiKey;
  private KeptAliveGets gets;

  PlatformApi(URI base, String apiKey) {
    this.base = base;
    this.apiKey = apiKey;
  }

  /**
   * Why the API cannot be used, or empty if it can: not configured, not listening, or no key.
   * Anything that answers HTTP counts as reachable.
   */
  Optional<String> unusable() {
    if (base == null) {
      return Optional.of("API not reachable: no API address given");
    }
    try {
      http.send(
          HttpRequest.newBuilder(base.resolve("/v1/volunteers/bench-probe/account"))
              .timeout(Duration.ofSeconds(5))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.discarding());
    } catch (ConnectException e) {
      return Optional.of("API not reachable at " + base);
    } catch (IOException e) {
      return Optional.of(
          "API not reachable at " + base + " (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
    if (apiKey.isEmpty()) {
      return Optional.of("API reachable but no API key given (--api-key or TIMECOIN_API_KEY)");
    }
    return Optional.empty();
  }

  /** Opens an account; returns when the API answered 201. */
  void registerVolunteer(String idempotencyKey, String volunteerId) throws Exception {
    post("/v1/volunteers", idempotencyKey, LedgerJson.write(Map.of("volunteerId", volunteerId)));
  }

  /** Records an earning; returns when the API answered 201. */
  void recordEarning(String idempotencyKey, String json) throws Exception {
    post("/v1/earnings", idempotencyKey, json);
  }

  private void post(String path, String idempotencyKey, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("X-API-Key", apiKey)
            .header("Idempotency-Key", idempotencyKey)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    expect(201, http.send(request, HttpResponse.BodyHandlers.ofString()));
  }

  /**
   * Reads an account; returns when the API answered 200. Over {@link KeptAliveGets}, a connection
   * per worker, so that the load generator's own CPU per read takes as little of the machine the
   * API runs on as a plain HTTP/1.1 client needs.
   */
  void getAccount(String volunteerId) throws Exception {
    KeptAliveGets.Answer answer =
        gets().get("/v1/volunteers/" + volunteerId + "/account", "X-API-Key", apiKey);
    expect(200, answer.status(), answer.body());
  }

  private synchronized KeptAliveGets gets() {
    if (gets == null) {
      gets = new KeptAliveGets(base);
    }
    return gets;
  }

  private static void expect(int status, HttpResponse<String> response) throws HttpFailure {
    expect(status, response.statusCode(), response.body());
  }

  private static void expect(int expected, int status, String body) throws HttpFailure {
    if (status != expected) {
      Matcher code = ERROR_CODE.matcher(body == null ? "" : body);
      throw new HttpFailure(status, code.find() ? code.group(1) : "");
    }
  }
}
