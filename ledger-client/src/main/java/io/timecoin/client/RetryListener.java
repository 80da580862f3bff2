package io.timecoin.client;

import java.time.Duration;

/**
 * Told of each re-run of a write after a retryable failure (for example a read conflict on a hot
 * account), e.g. to count retries. Called on the writing thread just before the wait, so it must
 * return quickly.
 */
@FunctionalInterface
public interface RetryListener {

  /**
   * A write failed retryably and will run again.
   *
   * @param wait how long the client waits before the next attempt
   */
  void retrying(Duration wait);
}
