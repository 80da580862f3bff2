package io.timecoin.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed UTC offsets such as {@code "+08:00"}, used to decide which day an earning falls on. A fixed
 * offset, never a time-zone id: zone rules differ between Java runtimes, and endorsing peers must
 * agree on every result.
 */
public final class UtcOffsets {

  private static final Pattern FORM = Pattern.compile("([+-])([0-9]{2}):([0-9]{2})");
  private static final int MIN_SECONDS = -12 * 3600;
  private static final int MAX_SECONDS = 14 * 3600;
  private static final long SECONDS_PER_DAY = 86_400;

  private UtcOffsets() {}

  /**
   * Returns the offset in seconds of {@code "+hh:mm"} or {@code "-hh:mm"}, between -12:00 and
   * +14:00.
   *
   * @throws LedgerValidationException with {@link ErrorCode#INVALID_ARGUMENT} otherwise
   */
  public static int seconds(String offset) {
    Fields.required(offset, "utcOffset");
    Matcher matcher = FORM.matcher(offset);
    if (matcher.matches()) {
      int hours = Integer.parseInt(matcher.group(2));
      int minutes = Integer.parseInt(matcher.group(3));
      int seconds = (hours * 3600 + minutes * 60) * (matcher.group(1).equals("-") ? -1 : 1);
      if (minutes < 60 && seconds >= MIN_SECONDS && seconds <= MAX_SECONDS) {
        return seconds;
      }
    }
    throw new LedgerValidationException(
        ErrorCode.INVALID_ARGUMENT,
        "utcOffset must be a fixed offset written as +hh:mm or -hh:mm between -12:00 and +14:00,"
            + " e.g. +08:00; time-zone ids are not accepted");
  }

  /** The calendar day ({@code "2024-05-01"}) of {@code instant} at {@code offset}. */
  public static String dayOf(Instant instant, String offset) {
    long local = Math.addExact(instant.getEpochSecond(), seconds(offset));
    return LocalDate.ofEpochDay(Math.floorDiv(local, SECONDS_PER_DAY)).toString();
  }
}
