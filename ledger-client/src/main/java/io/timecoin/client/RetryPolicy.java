package io.timecoin.client;

import io.timecoin.model.ErrorCode;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-runs a whole write when doing so cannot double it: after a read conflict at commit (another
 * transaction in the same block changed what this one read, typically a hot account) and after the
 * gateway was unreachable (on every endpoint) before the transaction reached the orderer. Every
 * write carries a requestId that the ledger remembers, so even a re-run of a write that did commit
 * would only return its first result. Waits grow exponentially with full jitter, so writers that
 * collided do not collide again in lockstep.
 */
final class RetryPolicy {

  /** Waits between attempts; replaced in tests so they do not sleep. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Sleeper sleeper;

  RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.maxAttempts = maxAttempts;
    this.initialBackoff = Objects.requireNonNull(initialBackoff, "initialBackoff");
    this.maxBackoff = Objects.requireNonNull(maxBackoff, "maxBackoff");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Up to 150 attempts, waits from 50 ms up to 1 s. On one account each block can commit one write,
   * so a writer behind n others needs about n rounds, and an unlucky one loses more: with 32
   * writers sending 8 writes each (benchmark W3), 40 attempts left 11% of the writes failed. 150
   * rounds of at most about a second each keep even that tail committing, and still stop a write
   * that can never succeed within a few minutes.
   */
  static RetryPolicy defaults() {
    return defaults(d -> Thread.sleep(d.toMillis()));
  }

  /** The default attempts and backoff with another sleeper (e.g. one that also counts). */
  static RetryPolicy defaults(Sleeper sleeper) {
    return new RetryPolicy(150, Duration.ofMillis(50), Duration.ofSeconds(1), sleeper);
  }

  /** Runs {@code write}, re-running it while it fails retryably and attempts remain. */
  <T> T run(String transactionName, Supplier<T> write) {
    return runFrom(1, transactionName, write);
  }

  /**
   * Continues after a first attempt that was made elsewhere (an async write's first proposal) and
   * failed retryably: waits, then runs {@code write} as attempt 2 onwards.
   */
  <T> T runAfter(String transactionName, LedgerException firstFailure, Supplier<T> write) {
    if (maxAttempts < 2 || !isRetryable(firstFailure)) {
      throw firstFailure;
    }
    pause(backoff(1), firstFailure);
    return runFrom(2, transactionName, write);
  }

  private <T> T runFrom(int firstAttempt, String transactionName, Supplier<T> write) {
    for (int attempt = firstAttempt; ; attempt++) {
      try {
        return write.get();
      } catch (LedgerException failure) {
        if (attempt >= maxAttempts || !isRetryable(failure)) {
          throw failure;
        }
        Duration wait = backoff(attempt);
        LOG.debug(
            "{} attempt {} failed retryably ({}); re-running in {} ms",
            transactionName,
            attempt,
            failure.getClass().getSimpleName(),
            wait.toMillis());
        pause(wait, failure);
      }
    }
  }

  /**
   * Read conflicts at commit, failures before ordering and an endorser's refusal of the timestamp
   * (its clock and ours disagree at the window's edge; a new attempt carries a new timestamp)
   * retry; any other refusal by the rules, any other validation code, and every outcome that may
   * already have been written never do.
   */
  static boolean isRetryable(LedgerException failure) {
    if (failure instanceof LedgerRejectedException rejected) {
      return rejected.code() == ErrorCode.TIMESTAMP_OUT_OF_WINDOW;
    }
    if (failure instanceof LedgerCommitException commit) {
      return commit.isReadConflict();
    }
    if (failure instanceof LedgerUnavailableException unavailable) {
      return !unavailable.outcomeUnknown();
    }
    return false;
  }

  Duration backoff(int attempt) {
    long ceiling = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
    long bounded = Math.min(Math.max(ceiling, 1), maxBackoff.toMillis());
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bounded + 1));
  }

  private void pause(Duration wait, LedgerException failure) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failure;
    }
  }
}
