package io.timecoin.chaincode.clock;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

/**
 * How far a write's transaction timestamp may lie from the endorsing peer's own clock. The
 * submitting client chooses the timestamp alone; every time rule (cover start and end, incident
 * window, earning day and daily cap, expiry, voiding) reads it. A peer of another organisation
 * refusing timestamps outside {@code [now - width, now + width]} bounds what a forged timestamp can
 * achieve to {@code width} in either direction.
 *
 * <p>Configured once, when the chaincode starts, from {@value #ENVIRONMENT_VARIABLE} (an ISO-8601
 * duration such as {@code PT5M}; default {@value #DEFAULT}). An invalid value refuses every write
 * and says why, like an invalid {@code TIMECOIN_ORG_ROLES}: a peer must not silently accept any
 * timestamp.
 */
public final class TimestampWindow {

  /** Name of the environment variable that sets the width. */
  public static final String ENVIRONMENT_VARIABLE = "TIMECOIN_TIMESTAMP_WINDOW";

  /** The width when the variable is not set. */
  public static final String DEFAULT = "PT5M";

  /** The widest window accepted: wider would let a submitter move a day's earnings elsewhere. */
  public static final Duration MAX_WIDTH = Duration.ofHours(1);

  private final Duration width;
  private final EndorserClock clock;
  private final String configurationProblem;

  private TimestampWindow(Duration width, EndorserClock clock, String configurationProblem) {
    this.width = width;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.configurationProblem = configurationProblem;
  }

  /** A window of {@code width} on either side of {@code clock}. */
  public static TimestampWindow of(Duration width, EndorserClock clock) {
    String problem = problemWith(width);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new TimestampWindow(width, clock, null);
  }

  /**
   * The window from {@value #ENVIRONMENT_VARIABLE} in {@code environment}. Never fails: an invalid
   * value yields a window that refuses every write and says why.
   */
  public static TimestampWindow fromEnvironment(
      Map<String, String> environment, EndorserClock clock) {
    String text = environment.getOrDefault(ENVIRONMENT_VARIABLE, "");
    if (text.isEmpty()) {
      text = DEFAULT;
    }
    Duration width;
    try {
      width = Duration.parse(text);
    } catch (DateTimeParseException e) {
      width = null;
    }
    String problem = problemWith(width);
    if (problem != null) {
      return new TimestampWindow(null, clock, problem);
    }
    return new TimestampWindow(width, clock, null);
  }

  /** The configured width; {@code null} if the configuration is invalid. */
  public Duration width() {
    return width;
  }

  /**
   * Accepts {@code txTime} if it lies within the window around this endorser's clock.
   *
   * @throws LedgerValidationException with {@link ErrorCode#TIMESTAMP_OUT_OF_WINDOW} otherwise, or
   *     with {@link ErrorCode#INTERNAL_ERROR} if the window is misconfigured on this peer
   */
  public void check(Instant txTime) {
    if (configurationProblem != null) {
      throw new LedgerValidationException(ErrorCode.INTERNAL_ERROR, configurationProblem);
    }
    Instant now = clock.now();
    if (txTime.isBefore(now.minus(width)) || txTime.isAfter(now.plus(width))) {
      throw new LedgerValidationException(
          ErrorCode.TIMESTAMP_OUT_OF_WINDOW,
          "the transaction timestamp is more than "
              + width
              + " away from this endorsing peer's clock; check the submitter's clock and send the"
              + " write again");
    }
  }

  private static String problemWith(Duration width) {
    if (width == null || width.isNegative() || width.isZero() || width.compareTo(MAX_WIDTH) > 0) {
      return ENVIRONMENT_VARIABLE
          + " must be an ISO-8601 duration greater than zero and at most "
          + MAX_WIDTH
          + " (e.g. "
          + DEFAULT
          + "); every write is refused on this peer until it is fixed";
    }
    return null;
  }
}
