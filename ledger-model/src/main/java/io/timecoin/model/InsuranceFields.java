package io.timecoin.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/**
 * Rules for the fields of vouchers and claims. Like {@link Identifiers}, every check states the
 * rule and never repeats the rejected value.
 */
public final class InsuranceFields {

  /** Longest cover a product may give: ten years. */
  public static final int MAX_COVERAGE_DAYS = 3660;

  private static final Pattern PRODUCT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern LEDGER_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,128}");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ISO_OFFSET_DATE_TIME.withResolverStyle(ResolverStyle.STRICT);

  /**
   * The fixed offset in which an incident given as a date alone is read: the platform's volunteers
   * live at UTC+08:00, the same offset as the earning policy's days. A fixed offset, never a zone
   * id, so every endorser computes the same day.
   */
  public static final String INCIDENT_DATE_OFFSET = "+08:00";

  private InsuranceFields() {}

  /** A voucher product code: 1-64 characters of {@code [A-Za-z0-9_-]}. */
  public static String requireProductCode(String code) {
    return require(
        PRODUCT_CODE, code, "code", "must be 1-64 characters of A-Z, a-z, 0-9, '_' or '-'");
  }

  /**
   * A voucher id (the purchasing transaction's id): 1-128 characters of {@code [A-Za-z0-9_.:-]}.
   */
  public static String requireVoucherId(String voucherId) {
    return require(
        LEDGER_ID,
        voucherId,
        "voucherId",
        "must be 1-128 characters of A-Z, a-z, 0-9, '_', '.', ':' or '-'");
  }

  /** A claim id (the filing transaction's id): same rule as a voucher id. */
  public static String requireClaimId(String claimId) {
    return require(
        LEDGER_ID,
        claimId,
        "claimId",
        "must be 1-128 characters of A-Z, a-z, 0-9, '_', '.', ':' or '-'");
  }

  /** A payment reference of the insurer's payout: same rule as a voucher id. */
  public static String requirePaymentReference(String reference) {
    return require(
        LEDGER_ID,
        reference,
        "paymentReference",
        "must be 1-128 characters of A-Z, a-z, 0-9, '_', '.', ':' or '-'");
  }

  /** An ISO 4217 alphabetic currency code: three upper-case letters. */
  public static String requireCurrency(String currency) {
    return require(
        CURRENCY,
        currency,
        "currency",
        "must be an ISO 4217 code of three upper-case letters, e.g. CNY");
  }

  /** Coverage days: 1 to {@value #MAX_COVERAGE_DAYS}. */
  public static int requireCoverageDays(Integer days) {
    Fields.required(days, "coverageDays");
    if (days < 1 || days > MAX_COVERAGE_DAYS) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "coverageDays must be from 1 to " + MAX_COVERAGE_DAYS);
    }
    return days;
  }

  /** A calendar date written {@code yyyy-MM-dd}. */
  public static LocalDate requireDate(String text, String field) {
    Fields.required(text, field);
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeException e) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, field + " must be a calendar date written yyyy-MM-dd");
    }
  }

  /**
   * When an incident happened, as a claim states it: an instant with its offset ({@code
   * 2024-05-01T18:30:00+08:00} or {@code ...Z}), or a calendar date alone ({@code 2024-05-01}),
   * which stands for that whole day at {@value #INCIDENT_DATE_OFFSET}.
   *
   * @throws LedgerValidationException with {@link ErrorCode#INVALID_ARGUMENT} for any other form (a
   *     date-time without an offset is ambiguous and refused)
   */
  public static IncidentTime requireIncident(String text, String field) {
    Fields.required(text, field);
    if (text.length() == 10) {
      LocalDate day = requireDate(text, field);
      long start =
          Math.subtractExact(
              Math.multiplyExact(day.toEpochDay(), 86_400L),
              UtcOffsets.seconds(INCIDENT_DATE_OFFSET));
      return new IncidentTime(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + 86_400));
    }
    try {
      Instant at = OffsetDateTime.parse(text, DATE_TIME).toInstant();
      return new IncidentTime(at, at.plusNanos(1));
    } catch (DateTimeException e) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT,
          field
              + " must be a date-time with an offset (2024-05-01T18:30:00+08:00) or a date alone"
              + " (2024-05-01, read as that day at UTC"
              + INCIDENT_DATE_OFFSET
              + ")");
    }
  }

  /**
   * The span an incident may lie in: one instant ({@code until} is one nanosecond later) or a whole
   * day.
   *
   * @param from the earliest instant the incident may have happened
   * @param until the first instant after it (exclusive)
   */
  public record IncidentTime(Instant from, Instant until) {}

  /** A positive money amount. */
  public static MoneyAmount requirePositive(MoneyAmount amount, String field) {
    Fields.required(amount, field);
    if (!amount.isPositive()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_AMOUNT, field + " must be greater than zero");
    }
    return amount;
  }

  private static String require(Pattern pattern, String value, String field, String rule) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, field + " " + rule);
    }
    return value;
  }
}
