package io.timecoin.client;

import io.grpc.CallOptions;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

/**
 * The time one write may take in all: every attempt, every pause between attempts, every wait for a
 * commit status and the settling of an unknown outcome. A count of attempts alone let a write hang
 * for minutes while ordering had no leader (150 attempts x a 60 s commit-status wait); the deadline
 * makes the answer come in bounded time, definite or "unavailable" / "outcome unknown".
 */
final class WriteDeadline {

  /** The least time given to a gRPC call whose budget is nearly spent, so it can still answer. */
  static final Duration LAST_CALL = Duration.ofMillis(200);

  private final long expiresAtNanos;
  private final LongSupplier nanoTime;

  private WriteDeadline(long expiresAtNanos, LongSupplier nanoTime) {
    this.expiresAtNanos = expiresAtNanos;
    this.nanoTime = nanoTime;
  }

  /** A deadline {@code budget} from now on the system's monotonic clock. */
  static WriteDeadline after(Duration budget) {
    return after(budget, System::nanoTime);
  }

  /** A deadline {@code budget} from now on {@code nanoTime} (tests move it by hand). */
  static WriteDeadline after(Duration budget, LongSupplier nanoTime) {
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(nanoTime, "nanoTime");
    return new WriteDeadline(nanoTime.getAsLong() + budget.toNanos(), nanoTime);
  }

  /** Time left, never negative. */
  Duration remaining() {
    return Duration.ofNanos(Math.max(0, expiresAtNanos - nanoTime.getAsLong()));
  }

  boolean expired() {
    return remaining().isZero();
  }

  /** Whether waiting {@code pause} would still leave time for one more call. */
  boolean allows(Duration pause) {
    return remaining().compareTo(pause.plus(LAST_CALL)) > 0;
  }

  /**
   * gRPC call options whose deadline is the shorter of {@code configured} and the rest of the
   * budget (at least {@link #LAST_CALL}).
   */
  UnaryOperator<CallOptions> callOptions(Duration configured) {
    long nanos = cap(configured).toNanos();
    return options -> options.withDeadlineAfter(nanos, TimeUnit.NANOSECONDS);
  }

  /** The shorter of {@code configured} and the rest of the budget (at least {@link #LAST_CALL}). */
  Duration cap(Duration configured) {
    Duration left = remaining();
    if (left.compareTo(configured) >= 0) {
      return configured;
    }
    return left.compareTo(LAST_CALL) < 0 ? LAST_CALL : left;
  }
}
