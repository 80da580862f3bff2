package io.timecoin.api.events;

import java.util.Objects;

/**
 * One ledger event as sent on /v1/events.
 *
 * @param id a resumable position, sent as the SSE {@code id} and given back in {@code
 *     Last-Event-ID}; e.g. {@code <blockNumber>:<txIndex>}.
 * @param name the chaincode event name, e.g. {@code timecoin.EarningRecorded.v1}.
 * @param json the event payload as the chaincode emitted it.
 */
public record FeedEvent(String id, String name, String json) {

  public FeedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
  }
}
