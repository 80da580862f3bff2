package io.timecoin.api.events;

import io.timecoin.client.EventCheckpoint;
import io.timecoin.client.EventCheckpoints;
import io.timecoin.client.EventSubscription;
import io.timecoin.client.LedgerEvent;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.TransactionStatus;
import io.timecoin.model.LedgerJson;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link EventFeed} over ledger-client's checkpointed event subscription.
 *
 * <p>Event id = {@code <blockNumber>:<transactionId>}: each write transaction emits exactly one
 * event, so the pair names an event, and ids grow in ledger order by block (transactions inside a
 * block come in block order). A {@code Last-Event-ID} becomes the subscription's checkpoint, so the
 * stream resumes right after that event. Without one, the stream starts at the first event of the
 * ledger: the peer offers no "now" position, and replaying history is what a new consumer needs to
 * build its view anyway.
 *
 * <p>Delivery is at least once: a reconnect whose Last-Event-ID is older than the last event the
 * client processed gets those events again; clients de-duplicate by id (transaction id). Payloads
 * are the chaincode's public event records re-encoded by the ledger codec; claim events never carry
 * private details (the chaincode does not put them in events).
 */
public final class LedgerEventFeed implements EventFeed {

  private static final Pattern ID = Pattern.compile("([0-9]{1,18}):([A-Za-z0-9]{1,128})");

  private final TimeCoinLedger ledger;

  /**
   * Creates the feed.
   *
   * @param ledger the instance's ledger client; each SSE client gets its own subscription on it.
   */
  public LedgerEventFeed(TimeCoinLedger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  /** The SSE id of a ledger event. */
  static String idOf(LedgerEvent event) {
    return event.blockNumber() + ":" + event.transactionId();
  }

  /**
   * Checks the form, then asks the org's peer for the transaction: a stream resumed after an event
   * the ledger does not hold would otherwise wait, silent, for a position that never comes. A peer
   * that cannot be reached fails with the ledger client's unavailable error (503).
   */
  @Override
  public void checkLastEventId(String lastEventId) {
    EventCheckpoint checkpoint = checkpointAfter(lastEventId);
    String txId = checkpoint.transactionId().orElseThrow();
    long block = checkpoint.blockNumber().orElseThrow();
    Optional<TransactionStatus> status = ledger.transactionStatus(txId);
    if (status.isEmpty() || !status.get().valid() || status.get().blockNumber() != block) {
      throw new NoSuchElementException("no event with this id on the ledger");
    }
  }

  @Override
  public Subscription subscribe(String lastEventId, Consumer<FeedEvent> sink) {
    return subscribe(lastEventId, sink, () -> {});
  }

  @Override
  public Subscription subscribe(String lastEventId, Consumer<FeedEvent> sink, Runnable ended) {
    EventCheckpoint checkpoint =
        lastEventId == null ? EventCheckpoints.inMemory() : checkpointAfter(lastEventId);
    EventSubscription subscription =
        ledger.subscribe(checkpoint, event -> sink.accept(toFeedEvent(event)));
    AtomicBoolean closed = new AtomicBoolean();
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (!subscription.awaitTermination(Duration.ofMinutes(1))) {
                  // still delivering
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
              if (!closed.get()) {
                ended.run();
              }
            },
            "timecoin-sse-watch");
    watcher.setDaemon(true);
    watcher.start();
    return () -> {
      closed.set(true);
      subscription.close();
      watcher.interrupt();
    };
  }

  private static EventCheckpoint checkpointAfter(String lastEventId) {
    Matcher matcher = ID.matcher(lastEventId);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not an event id of this feed");
    }
    EventCheckpoint checkpoint = EventCheckpoints.inMemory();
    checkpoint.save(Long.parseLong(matcher.group(1)), matcher.group(2));
    return checkpoint;
  }

  private static FeedEvent toFeedEvent(LedgerEvent event) {
    Object payload =
        event.payload() instanceof LedgerEvent.Unrecognised unknown
            ? Map.of("name", unknown.name())
            : event.payload();
    return new FeedEvent(idOf(event), event.name(), LedgerJson.write(payload));
  }
}
