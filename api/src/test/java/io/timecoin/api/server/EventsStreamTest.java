package io.timecoin.api.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.events.EventFeed;
import io.timecoin.api.events.FeedEvent;
import io.timecoin.client.testing.InProcessNetwork;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SSE framing and Last-Event-ID hand-over of /v1/events, over an in-memory feed that plays the
 * part of the (not yet written) ledger-client adapter.
 */
class EventsStreamTest {

  private static final String KEY = "tc_reader";

  @TempDir Path dir;

  /** Replays a fixed list of events after the given id, then stays open. */
  private static final class ListFeed implements EventFeed {
    final List<FeedEvent> events =
        List.of(
            new FeedEvent("7:0", "timecoin.VolunteerRegistered.v1", "{\"volunteerId\":\"vol-1\"}"),
            new FeedEvent("8:0", "timecoin.EarningRecorded.v1", "{\"volunteerId\":\"vol-1\"}"),
            new FeedEvent("9:0", "timecoin.CoinsTransferred.v1", "{\"fromId\":\"vol-1\"}"));
    final List<String> resumedFrom = new CopyOnWriteArrayList<>();

    @Override
    public void checkLastEventId(String lastEventId) {
      if (events.stream().noneMatch(event -> event.id().equals(lastEventId))) {
        throw new NoSuchElementException("not in the list");
      }
    }

    // Javalin notices a gone client on its next write; then the subscription is closed.
    final CountDownLatch closed = new CountDownLatch(1);

    @Override
    public Subscription subscribe(String lastEventId, Consumer<FeedEvent> sink) {
      resumedFrom.add(String.valueOf(lastEventId));
      boolean after = lastEventId == null;
      for (FeedEvent event : events) {
        if (after) {
          sink.accept(event);
        }
        after |= event.id().equals(lastEventId);
      }
      return closed::countDown;
    }
  }

  @Test
  void streams_events_as_sse_and_resumes_after_last_event_id() throws Exception {
    Files.write(
        dir.resolve("callers"),
        List.of("platform-reader platform-reader " + ApiKeys.sha256Hex(KEY)));
    var config =
        new ApiConfig(
            "platform",
            "127.0.0.1",
            0,
            dir.resolve("x"),
            dir.resolve("callers"),
            null,
            100,
            100,
            1024);
    ListFeed feed = new ListFeed();
    try (ApiServer server =
        ApiServer.create(
                config, InProcessNetwork.create().connect("PlatformMSP"), Clock.systemUTC(), feed)
            .start()) {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/events"))
              .header("X-API-Key", KEY)
              .header("Last-Event-ID", "7:0")
              .header("Accept", "text/event-stream")
              .build();
      HttpResponse<Stream<String>> response =
          http.send(request, HttpResponse.BodyHandlers.ofLines());

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
      List<String> lines =
          response.body().filter(l -> !l.isBlank() && !l.startsWith(":")).limit(6).toList();
      assertThat(lines)
          .containsExactly(
              "id: 8:0",
              "event: timecoin.EarningRecorded.v1",
              "data: {\"volunteerId\":\"vol-1\"}",
              "id: 9:0",
              "event: timecoin.CoinsTransferred.v1",
              "data: {\"fromId\":\"vol-1\"}");
      assertThat(feed.resumedFrom).containsExactly("7:0");
      response.body().close();
    }
  }

  @Test
  void without_accept_event_stream_is_406_and_an_unknown_last_event_id_is_400() throws Exception {
    Files.write(
        dir.resolve("callers"),
        List.of("platform-reader platform-reader " + ApiKeys.sha256Hex(KEY)));
    var config =
        new ApiConfig(
            "platform",
            "127.0.0.1",
            0,
            dir.resolve("x"),
            dir.resolve("callers"),
            null,
            100,
            100,
            1024);
    try (ApiServer server =
        ApiServer.create(
                config,
                InProcessNetwork.create().connect("PlatformMSP"),
                Clock.systemUTC(),
                new ListFeed())
            .start()) {
      HttpClient http = HttpClient.newHttpClient();
      URI events = URI.create("http://127.0.0.1:" + server.port() + "/v1/events");
      HttpResponse<String> noAccept =
          http.send(
              HttpRequest.newBuilder(events).header("X-API-Key", KEY).build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> json =
          http.send(
              HttpRequest.newBuilder(events)
                  .header("X-API-Key", KEY)
                  .header("Accept", "application/json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> unknown =
          http.send(
              HttpRequest.newBuilder(events)
                  .header("X-API-Key", KEY)
                  .header("Accept", "text/event-stream")
                  .header("Last-Event-ID", "99:0")
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(noAccept.statusCode()).isEqualTo(406);
      assertThat(noAccept.body()).contains("\"code\":\"NOT_ACCEPTABLE\"", "\"instance\"");
      assertThat(json.statusCode()).isEqualTo(406);
      assertThat(unknown.statusCode()).isEqualTo(400);
      assertThat(unknown.body()).contains("\"code\":\"UNKNOWN_LAST_EVENT_ID\"");
    }
  }
}
