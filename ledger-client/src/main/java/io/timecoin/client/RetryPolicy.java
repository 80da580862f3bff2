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
 *
 * <p>Two bounds end the re-running, whichever comes first: a count of attempts and the write's
 * {@link WriteDeadline} (a wait that would pass the deadline is not started; the last failure is
 * the answer). A refusal that may come from a peer a block behind ({@link
 * LedgerRejectedException#mayBeStale()}) is re-run a few times after a block's pause, then
 * reported.
 */
final class RetryPolicy {

  /** Waits between attempts; replaced in tests so they do not sleep. */
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(RetryPolicy.class);

  /** Re-runs of a refusal that may be stale: about three blocks of the network's 250 ms cut. */
  static final int STALE_REFUSAL_RETRIES = 3;

  /** The first pause before re-running a possibly stale refusal; it doubles each time. */
  static final Duration STALE_REFUSAL_PAUSE = Duration.ofMillis(250);

  /** No deadline beyond the count of attempts: for callers that bound time themselves. */
  private static final Duration UNBOUNDED = Duration.ofDays(365);

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
    return run(transactionName, WriteDeadline.after(UNBOUNDED), write);
  }

  /**
   * Runs {@code write}, re-running it while it fails retryably, attempts remain and the next pause
   * ends before {@code deadline}.
   */
  <T> T run(String transactionName, WriteDeadline deadline, Supplier<T> write) {
    return runFrom(1, transactionName, deadline, write);
  }

  /**
   * Continues after a first attempt that was made elsewhere (an async write's first proposal) and
   * failed retryably: waits, then runs {@code write} as attempt 2 onwards.
   */
  <T> T runAfter(String transactionName, LedgerException firstFailure, Supplier<T> write) {
    return runAfter(transactionName, WriteDeadline.after(UNBOUNDED), firstFailure, write);
  }

  /** {@link #runAfter(String, LedgerException, Supplier)} within {@code deadline}. */
  <T> T runAfter(
      String transactionName,
      WriteDeadline deadline,
      LedgerException firstFailure,
      Supplier<T> write) {
    Duration wait = backoff(1);
    if (maxAttempts < 2 || !isRetryable(firstFailure) || !deadline.allows(wait)) {
      throw firstFailure;
    }
    pause(wait, firstFailure);
    return runFrom(2, transactionName, deadline, write);
  }

  private <T> T runFrom(
      int firstAttempt, String transactionName, WriteDeadline deadline, Supplier<T> write) {
    int staleRefusals = 0;
    for (int attempt = firstAttempt; ; attempt++) {
      try {
        return write.get();
      } catch (LedgerRejectedException refusal) {
        Duration wait = STALE_REFUSAL_PAUSE.multipliedBy(1L << Math.min(staleRefusals, 10));
        if (!refusal.mayBeStale()
            || staleRefusals >= STALE_REFUSAL_RETRIES
            || attempt >= maxAttempts
            || !deadline.allows(wait)) {
          throw refusal;
        }
        staleRefusals++;
        LOG.debug(
            "{} refused with {}, possibly by a peer a block behind; asking again in {} ms",
            transactionName,
            refusal.code(),
            wait.toMillis());
        pause(wait, refusal);
      } catch (LedgerException failure) {
        Duration wait = backoff(attempt);
        if (attempt >= maxAttempts || !isRetryable(failure) || !deadline.allows(wait)) {
          throw failure;
        }
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
