package io.timecoin.model;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Rules for the fields of hearts and charity projects. Hearts are whole numbers (no fractions, no
 * minor units), written as JSON integers; like every check here, a failure states the rule and
 * never repeats the rejected value.
 */
public final class HeartsFields {

  /** Most hearts one write can move: keeps every sum of a project far inside a {@code long}. */
  public static final long MAX_HEARTS = 1_000_000_000L;

  /** Largest page of donation rows or returns one call reads or writes. */
  public static final int MAX_PAGE = 200;

  private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private HeartsFields() {}

  /**
   * A project id: 1-64 characters of {@code [A-Za-z0-9_-]} (never {@code '|'}, a key separator).
   */
  public static String requireProjectId(String projectId) {
    if (projectId == null || !PROJECT_ID.matcher(projectId).matches()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT,
          "projectId must be 1-64 characters of A-Z, a-z, 0-9, '_' or '-'");
    }
    return projectId;
  }

  /** A number of hearts moved by one write: 1 to {@link #MAX_HEARTS}. */
  public static long requireHearts(Long hearts, String field) {
    Fields.required(hearts, field);
    if (hearts < 1 || hearts > MAX_HEARTS) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_AMOUNT, field + " must be a whole number from 1 to " + MAX_HEARTS);
    }
    return hearts;
  }

  /** A count or total that is never negative. */
  public static long requireNotNegative(long value, String field) {
    if (value < 0) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, field + " must not be negative");
    }
    return value;
  }

  /** An ISO-8601 instant with its offset or Z, e.g. {@code 2026-12-24T16:00:00Z}. */
  public static Instant requireInstant(String text, String field) {
    Fields.required(text, field);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT,
          field + " must be an ISO-8601 UTC instant such as 2026-12-24T16:00:00Z");
    }
  }

  /** A page size of 1 to {@link #MAX_PAGE}; absent means the largest. */
  public static int pageSize(Integer pageSize) {
    if (pageSize == null) {
      return MAX_PAGE;
    }
    if (pageSize < 1 || pageSize > MAX_PAGE) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_PAGE, "pageSize must be from 1 to " + MAX_PAGE);
    }
    return pageSize;
  }

  /** Exact sum of two non-negative counts of hearts. */
  public static long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new LedgerValidationException(
          ErrorCode.AMOUNT_OVERFLOW, "the resulting number of hearts would exceed the range");
    }
  }
}
