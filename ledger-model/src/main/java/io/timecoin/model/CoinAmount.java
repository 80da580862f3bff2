package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A non-negative amount of time coins in exact minor units: 1 coin = 100 units. On the wire it is a
 * decimal string with two fraction digits ({@code "12.50"}), never a JSON number.
 *
 * @param units the amount in minor units, at least zero
 */
public record CoinAmount(long units) {

  public static final CoinAmount ZERO = new CoinAmount(0);

  private static final int UNITS_PER_COIN = 100;
  private static final String RULE =
      "an amount is written as ASCII digits with an optional '.' and one or two fraction"
          + " digits, e.g. \"12\" or \"12.50\", without sign, exponent or spaces";

  public CoinAmount {
    if (units < 0) {
      throw new LedgerValidationException(ErrorCode.INVALID_AMOUNT, "amount must not be negative");
    }
  }

  public static CoinAmount ofUnits(long units) {
    return new CoinAmount(units);
  }

  /**
   * Parses {@code "12"}, {@code "12.5"} or {@code "12.50"}.
   *
   * @throws LedgerValidationException with {@link ErrorCode#INVALID_AMOUNT} for anything else or a
   *     value above {@link Long#MAX_VALUE} units
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static CoinAmount parse(String text) {
    if (text == null || text.isEmpty()) {
      throw invalid();
    }
    int dot = text.indexOf('.');
    String whole = dot < 0 ? text : text.substring(0, dot);
    String fraction = dot < 0 ? "" : text.substring(dot + 1);
    if (whole.isEmpty()
        || (dot >= 0 && (fraction.isEmpty() || fraction.length() > 2))
        || !asciiDigits(whole)
        || !asciiDigits(fraction)) {
      throw invalid();
    }
    try {
      long units = 0;
      for (int i = 0; i < whole.length(); i++) {
        units = Math.addExact(Math.multiplyExact(units, 10), whole.charAt(i) - '0');
      }
      units = Math.multiplyExact(units, UNITS_PER_COIN);
      if (!fraction.isEmpty()) {
        int cents = (fraction.charAt(0) - '0') * 10;
        if (fraction.length() == 2) {
          cents += fraction.charAt(1) - '0';
        }
        units = Math.addExact(units, cents);
      }
      return new CoinAmount(units);
    } catch (ArithmeticException e) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_AMOUNT,
          "amount exceeds the largest representable value of "
              + new CoinAmount(Long.MAX_VALUE)
              + " coins");
    }
  }

  /** Exact sum. */
  public CoinAmount plus(CoinAmount other) {
    try {
      return new CoinAmount(Math.addExact(units, other.units));
    } catch (ArithmeticException e) {
      throw new LedgerValidationException(
          ErrorCode.AMOUNT_OVERFLOW, "the resulting amount would exceed the representable range");
    }
  }

  public boolean isPositive() {
    return units > 0;
  }

  /** The canonical wire form, always with two fraction digits: {@code "12.50"}. */
  @JsonValue
  @Override
  public String toString() {
    long cents = units % UNITS_PER_COIN;
    return (units / UNITS_PER_COIN) + (cents < 10 ? ".0" : ".") + cents;
  }

  private static boolean asciiDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static LedgerValidationException invalid() {
    return new LedgerValidationException(ErrorCode.INVALID_AMOUNT, RULE);
  }
}
