package io.timecoin.api.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A client of /v1/events for the ITs: parses SSE frames on a thread into a queue. */
final class SseStream implements AutoCloseable {

  /** One SSE frame. */
  record Event(String id, String name, String data) {}

  private final LinkedBlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final InputStream body;
  private final Thread reader;

  private SseStream(InputStream body) {
    this.body = body;
    this.reader = new Thread(this::read, "it-sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Opens the stream.
   *
   * @param lastEventId sent as Last-Event-ID, or null.
   */
  static SseStream open(String base, String apiKey, String lastEventId) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "/v1/events"))
            .header("Accept", "text/event-stream")
            .header("X-API-Key", apiKey)
            .GET();
    if (lastEventId != null) {
      request.header("Last-Event-ID", lastEventId);
    }
    try {
      HttpResponse<InputStream> response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "/v1/events answered "
                + response.statusCode()
                + ": "
                + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
      }
      return new SseStream(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      String id = null;
      String name = null;
      StringBuilder data = new StringBuilder();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          if (id != null || name != null || data.length() > 0) {
            events.add(new Event(id, name, data.toString()));
          }
          id = null;
          name = null;
          data.setLength(0);
        } else if (line.startsWith("id:")) {
          id = line.substring(3).strip();
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).strip());
        }
      }
    } catch (IOException e) {
      // closed by the test
    }
  }

  /**
   * Collects events until one matches {@code last}, for at most {@code timeout}.
   *
   * @return every event received up to and including the matching one.
   */
  List<Event> until(Predicate<Event> last, Duration timeout) throws InterruptedException {
    List<Event> seen = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Event event = events.poll(200, TimeUnit.MILLISECONDS);
      if (event != null) {
        seen.add(event);
        if (last.test(event)) {
          return seen;
        }
      }
    }
    throw new AssertionError("no matching event within " + timeout + "; saw " + seen.size());
  }

  /** Disconnects. */
  @Override
  public void close() {
    try {
      body.close();
    } catch (IOException e) {
      // already closed
    }
    reader.interrupt();
  }
}
