package io.timecoin.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.Checkpoint;
import org.hyperledger.fabric.client.CloseableIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the chaincode's events from the gateway peer, starting after the checkpoint (or at block 0
 * when it is empty), decodes each, hands it to the handler and then saves the checkpoint: an event
 * is checkpointed only once its handler has returned, so a stop at any moment loses nothing and
 * repeats at most the event whose handling was cut short.
 */
final class ChaincodeEventSubscription implements EventSubscription {

  private static final Logger LOG = LoggerFactory.getLogger(ChaincodeEventSubscription.class);

  /** How long {@link #close()} waits for a handler call in progress. */
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);

  private final EventCheckpoint checkpoint;
  private final Consumer<LedgerEvent> handler;
  private final CloseableIterator<ChaincodeEvent> events;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean closing;
  private Thread thread;

  private ChaincodeEventSubscription(
      EventCheckpoint checkpoint,
      Consumer<LedgerEvent> handler,
      CloseableIterator<ChaincodeEvent> events) {
    this.checkpoint = checkpoint;
    this.handler = handler;
    this.events = events;
  }

  static EventSubscription start(
      Endpoints endpoints, EventCheckpoint checkpoint, Consumer<LedgerEvent> handler) {
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(handler, "handler");
    EndpointSession session = endpoints.current();
    OptionalLong block = checkpoint.blockNumber();
    Optional<String> transactionId = checkpoint.transactionId();
    Checkpoint position =
        new Checkpoint() {
          @Override
          public OptionalLong getBlockNumber() {
            return block;
          }

          @Override
          public Optional<String> getTransactionId() {
            return transactionId;
          }
        };
    CloseableIterator<ChaincodeEvent> events =
        session
            .network()
            .newChaincodeEventsRequest(session.chaincodeName())
            .startBlock(0)
            .checkpoint(position)
            .build()
            .getEvents();
    LOG.info(
        "Event subscription via {} from {}",
        session.address(),
        block.isPresent() ? "after transaction in block " + block.getAsLong() : "block 0");
    ChaincodeEventSubscription subscription =
        new ChaincodeEventSubscription(checkpoint, handler, events);
    subscription.thread = new DaemonThreads("timecoin-events").newThread(subscription::deliver);
    subscription.thread.start();
    return subscription;
  }

  private void deliver() {
    try {
      while (!closing && events.hasNext()) {
        ChaincodeEvent raw = events.next();
        LedgerEvent event =
            EventPayloads.decode(
                raw.getEventName(), raw.getTransactionId(), raw.getBlockNumber(), raw.getPayload());
        if (closing) {
          return;
        }
        handler.accept(event);
        checkpoint.save(event.blockNumber(), event.transactionId());
      }
    } catch (RuntimeException e) {
      if (!closing) {
        LOG.warn("Event subscription stopped: {}", e.getClass().getSimpleName());
        failure.set(e);
      }
    } finally {
      events.close();
      stopped.countDown();
    }
  }

  @Override
  public boolean isRunning() {
    return stopped.getCount() > 0;
  }

  @Override
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure.get());
  }

  @Override
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    closing = true;
    // Cancels the stream, which wakes a thread blocked waiting for the next event.
    events.close();
    if (Thread.currentThread() == thread) {
      return;
    }
    try {
      if (!stopped.await(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("Event handler still running {} s after close", CLOSE_GRACE.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
