package io.timecoin.client.testing;

import io.timecoin.client.EventCheckpoint;
import io.timecoin.client.EventSubscription;
import io.timecoin.client.LedgerTransport.RawEvent;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Delivers an {@link InProcessNetwork}'s events to one handler on its own thread, in commit order,
 * saving the checkpoint after each handler call, exactly as the gateway subscription does.
 */
final class InProcessSubscription implements EventSubscription {

  private final EventCheckpoint checkpoint;
  private final Consumer<RawEvent> handler;
  private final Consumer<InProcessSubscription> onStop;
  private final LinkedBlockingQueue<RawEvent> queue = new LinkedBlockingQueue<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Throwable failure;

  InProcessSubscription(
      EventCheckpoint checkpoint,
      Consumer<RawEvent> handler,
      Consumer<InProcessSubscription> onStop) {
    this.checkpoint = checkpoint;
    this.handler = handler;
    this.onStop = onStop;
    this.thread = new Thread(this::deliver, "timecoin-in-process-events");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  void offer(RawEvent event) {
    queue.add(event);
  }

  private void deliver() {
    try {
      while (running) {
        RawEvent event = queue.poll(100, TimeUnit.MILLISECONDS);
        if (event != null && running) {
          handler.accept(event);
          checkpoint.save(event.blockNumber(), event.transactionId());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      running = false;
      onStop.accept(this);
      stopped.countDown();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public boolean awaitTermination(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    running = false;
    if (Thread.currentThread() != thread) {
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
