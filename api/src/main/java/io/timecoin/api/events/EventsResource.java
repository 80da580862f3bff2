package io.timecoin.api.events;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.server.Authentication;
import java.util.NoSuchElementException;

/**
 * GET /v1/events: ledger events as Server-Sent Events ({@code id}, {@code event}, {@code data}),
 * resumable with {@code Last-Event-ID}. Staff only: events name volunteers.
 */
public final class EventsResource {

  private final EventFeed feed;

  /**
   * Creates the resource.
   *
   * @param feed where events come from, or null while no adapter is configured.
   */
  public EventsResource(EventFeed feed) {
    this.feed = feed;
  }

  /** Adds the route. */
  public void register(Javalin app) {
    app.before("/v1/events", this::check);
    app.sse("/v1/events", this::stream);
  }

  private void check(Context ctx) {
    Authentication.require(ctx, Operation.READ_EVENTS);
    if (feed == null) {
      throw ApiProblem.of(
          ApiErrorCode.EVENTS_UNAVAILABLE,
          "this instance has no ledger event feed configured yet; poll /v1/requests and"
              + " /v1/volunteers/{id}/entries instead");
    }
    if (!acceptsEventStream(ctx.header("Accept"))) {
      throw ApiProblem.of(
          ApiErrorCode.NOT_ACCEPTABLE,
          "this route answers only as a stream of Server-Sent Events: send Accept:"
              + " text/event-stream");
    }
    String lastEventId = ctx.header("Last-Event-ID");
    if (lastEventId != null && !lastEventId.isBlank()) {
      try {
        feed.checkLastEventId(lastEventId);
      } catch (IllegalArgumentException e) {
        throw ApiProblem.of(
            ApiErrorCode.INVALID_LAST_EVENT_ID,
            "Last-Event-ID must be the id of an event this API sent: <blockNumber>:<transactionId>");
      } catch (NoSuchElementException e) {
        throw ApiProblem.of(
            ApiErrorCode.UNKNOWN_LAST_EVENT_ID,
            "the ledger holds no event with this Last-Event-ID (another network, or a typo):"
                + " reconnect without it to start at the first event");
      }
    }
  }

  /**
   * Whether the request asks for the event stream. Javalin's SSE handler streams only for exactly
   * {@code Accept: text/event-stream} (what EventSource sends) and otherwise answers an empty 200;
   * anything else (no Accept, {@code *}{@code /*}, a list) is therefore refused with 406 here.
   */
  static boolean acceptsEventStream(String accept) {
    return "text/event-stream".equals(accept);
  }

  private void stream(SseClient client) {
    client.keepAlive();
    String lastEventId = client.ctx().header("Last-Event-ID");
    EventFeed.Subscription subscription =
        feed.subscribe(
            lastEventId == null || lastEventId.isBlank() ? null : lastEventId,
            event -> client.sendEvent(event.name(), event.json(), event.id()),
            client::close);
    client.onClose(subscription::close);
  }
}
