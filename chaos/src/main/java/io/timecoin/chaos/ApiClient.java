package io.timecoin.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The platform API as a caller sees it: one operator key, a client-side timeout per request, and
 * every answer (or the lack of one) turned into an {@link Answer} instead of an exception.
 */
final class ApiClient {

  private final HttpClient http;
  private final String baseUrl;
  private final String apiKey;
  private final Duration timeout;

  ApiClient(String baseUrl, String apiKey, Duration timeout) {
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.apiKey = apiKey;
    this.timeout = timeout;
  }

  /** A POST of a JSON body with an Idempotency-Key. */
  Answer post(String path, String idempotencyKey, String json) {
    HttpRequest request =
        base(path)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return send(request);
  }

  /** A PUT of a JSON body with an Idempotency-Key. */
  Answer put(String path, String idempotencyKey, String json) {
    HttpRequest request =
        base(path)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", idempotencyKey)
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return send(request);
  }

  /** A GET. */
  Answer get(String path) {
    return send(base(path).GET().build());
  }

  private HttpRequest.Builder base(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(timeout)
        .header("X-API-Key", apiKey);
  }

  private Answer send(HttpRequest request) {
    long started = System.currentTimeMillis();
    long startNanos = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Retry-After").orElse(null),
          response.headers().firstValue("Idempotent-Replayed").isPresent(),
          started,
          millisSince(startNanos));
    } catch (HttpTimeoutException e) {
      return new Answer(Answer.TIMEOUT, "", null, false, started, millisSince(startNanos));
    } catch (IOException e) {
      return new Answer(Answer.NO_ANSWER, "", null, false, started, millisSince(startNanos));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(Answer.NO_ANSWER, "", null, false, started, millisSince(startNanos));
    }
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
