package io.timecoin.model;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * Argument of {@link TransactionNames#LIST_ENTRIES}: one page of an account's entries, either by
 * sequence ({@code fromSequence}, default 1, ascending) or by time ({@code fromTime} inclusive,
 * {@code toTime} exclusive, both required). Giving both modes is an error.
 *
 * @param volunteerId the account
 * @param fromSequence first sequence in sequence mode, at least 1; {@code null} for 1 or time mode
 * @param fromTime ISO-8601 instant, start of the time range (inclusive)
 * @param toTime ISO-8601 instant, end of the time range (exclusive)
 * @param pageSize 1-200 entries
 * @param bookmark {@code null} or {@code ""} for the first page, else the bookmark of the previous
 *     page of the same query
 */
public record ListEntriesRequest(
    String volunteerId,
    Long fromSequence,
    String fromTime,
    String toTime,
    Integer pageSize,
    String bookmark) {

  /** Largest page. */
  public static final int MAX_PAGE_SIZE = 200;

  public ListEntriesRequest {
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    boolean timeMode = fromTime != null || toTime != null;
    if (fromSequence != null && timeMode) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT,
          "give either fromSequence (sequence mode) or fromTime and toTime (time mode), not both");
    }
    if (fromSequence != null && fromSequence < 1) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "fromSequence must be at least 1");
    }
    if (timeMode) {
      if (fromTime == null || toTime == null) {
        throw new LedgerValidationException(
            ErrorCode.INVALID_TIME_RANGE, "time mode needs both fromTime and toTime");
      }
      if (!instant(fromTime, "fromTime").isBefore(instant(toTime, "toTime"))) {
        throw new LedgerValidationException(
            ErrorCode.INVALID_TIME_RANGE, "fromTime must be before toTime");
      }
    }
    Fields.required(pageSize, "pageSize");
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_PAGE, "pageSize must be from 1 to " + MAX_PAGE_SIZE);
    }
  }

  /** True for a query by time range. */
  public boolean timeMode() {
    return fromTime != null;
  }

  /** The first sequence of a sequence-mode query. */
  public long firstSequence() {
    return fromSequence == null ? 1 : fromSequence;
  }

  /** {@link #fromTime} as an instant. */
  public Instant fromInstant() {
    return instant(fromTime, "fromTime");
  }

  /** {@link #toTime} as an instant. */
  public Instant toInstant() {
    return instant(toTime, "toTime");
  }

  private static Instant instant(String text, String field) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT,
          field + " must be an ISO-8601 UTC instant such as 2024-05-01T08:00:00Z");
    }
  }
}
