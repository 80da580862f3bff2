package io.timecoin.api.events;

import java.util.function.Consumer;

/**
 * Where /v1/events gets ledger events from. An implementation wraps ledger-client's event
 * subscription (checkpointed by block and transaction) so that the API itself never touches Fabric
 * classes.
 */
public interface EventFeed {

  /**
   * Starts delivering committed chaincode events, in ledger order, to {@code sink} until the
   * returned subscription is closed.
   *
   * @param lastEventId the id of the last event the client saw (from {@code Last-Event-ID}), to
   *     resume right after it; null for the implementation's default start (the ledger adapter
   *     starts at the first event of the ledger).
   * @param sink called once per event, from one thread at a time.
   * @return the subscription; closing it stops delivery and frees its resources.
   * @throws IllegalArgumentException if {@code lastEventId} is not an id this feed issued.
   */
  Subscription subscribe(String lastEventId, Consumer<FeedEvent> sink);

  /**
   * Like {@link #subscribe(String, Consumer)}, and calls {@code ended} once if delivery stops on
   * its own (e.g. the peer went away), so the SSE stream can end and the client reconnect with its
   * Last-Event-ID rather than wait on a silent stream. Not called after {@link Subscription#close}.
   */
  default Subscription subscribe(String lastEventId, Consumer<FeedEvent> sink, Runnable ended) {
    return subscribe(lastEventId, sink);
  }

  /**
   * Checks a {@code Last-Event-ID} before the stream starts, so that a bad one gets a clear error
   * rather than an open stream that stays silent.
   *
   * @param lastEventId the id as the client sent it.
   * @throws IllegalArgumentException if this feed never issues such an id.
   * @throws java.util.NoSuchElementException if the id is well formed but names no event on the
   *     ledger (another network, a typo, an invalidated transaction).
   */
  default void checkLastEventId(String lastEventId) {}

  /** A running subscription. */
  interface Subscription extends AutoCloseable {
    @Override
    void close();
  }
}
