package io.timecoin.client;

import java.time.Duration;
import java.util.Optional;

/**
 * A running subscription to timecoin events, delivering them to its handler on a thread of its own.
 * It runs until {@link #close()}, until the handler throws, or until the event stream fails (for
 * example the peer went away); in the last two cases {@link #failure()} says why, and subscribing
 * again with the same checkpoint resumes right after the last event the handler finished.
 */
public interface EventSubscription extends AutoCloseable {

  /**
   * Whether events are still being delivered.
   *
   * @return false once stopped for any reason.
   */
  boolean isRunning();

  /**
   * Why the subscription stopped on its own.
   *
   * @return the handler's exception or the stream's failure; empty while running or after {@link
   *     #close()}.
   */
  Optional<Throwable> failure();

  /**
   * Waits for the subscription to stop.
   *
   * @param timeout how long to wait at most.
   * @return true if it stopped within the timeout.
   * @throws InterruptedException if interrupted while waiting.
   */
  boolean awaitTermination(Duration timeout) throws InterruptedException;

  /**
   * Stops delivery. The handler is not called again after this returns, except for a call already
   * in progress, whose event is checkpointed only if it completes. Idempotent.
   */
  @Override
  void close();
}
