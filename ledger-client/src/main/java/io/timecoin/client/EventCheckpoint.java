package io.timecoin.client;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where an event subscription resumes: the block and transaction of the last event the consumer
 * finished processing. The subscription saves it after the handler returns for each event and, on
 * the next start, delivers only events after it. Implementations must keep it across restarts to be
 * useful (a database row, a file: {@link EventCheckpoints#file}); they are called from one
 * subscription thread at a time.
 */
public interface EventCheckpoint {

  /**
   * The block of the last processed event.
   *
   * @return the block number, or empty if nothing has been processed yet.
   */
  OptionalLong blockNumber();

  /**
   * The transaction of the last processed event.
   *
   * @return the transaction id, or empty if nothing has been processed yet.
   */
  Optional<String> transactionId();

  /**
   * Records that the event of this transaction in this block has been processed. Must be durable
   * when it returns, or events may be delivered again after a crash.
   *
   * @param blockNumber the event's block.
   * @param transactionId the event's transaction.
   * @throws java.io.UncheckedIOException if it cannot be stored; the subscription then stops.
   */
  void save(long blockNumber, String transactionId);
}
