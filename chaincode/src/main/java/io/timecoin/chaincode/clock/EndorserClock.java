package io.timecoin.chaincode.clock;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The endorsing peer's wall clock: the one clock read of the chaincode, allowed by name in the
 * determinism ArchUnit rule. Only {@link TimestampWindow} asks it, and only to accept or refuse a
 * proposal; no value derived from it is ever written or returned.
 */
public final class EndorserClock {

  private final Supplier<Instant> now;

  private EndorserClock(Supplier<Instant> now) {
    this.now = now;
  }

  /** The machine's clock (UTC), what a peer's chaincode process uses. */
  public static EndorserClock system() {
    return new EndorserClock(EndorserClock::systemNow);
  }

  // A call, not a method reference, so the ArchUnit rule that allows this class sees it.
  private static Instant systemNow() {
    return Instant.now();
  }

  /**
   * A clock that answers {@code now}, for running the contract outside a peer (tests and the
   * in-process ledger, where the "peer" and the submitter share one clock).
   */
  public static EndorserClock of(Supplier<Instant> now) {
    return new EndorserClock(Objects.requireNonNull(now, "now"));
  }

  /** The current instant on this endorser. */
  public Instant now() {
    return now.get();
  }
}
