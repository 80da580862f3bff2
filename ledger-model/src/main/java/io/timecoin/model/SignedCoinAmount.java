package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A signed change of a balance in exact minor units, as carried by an entry: positive for a credit,
 * negative for a debit. On the wire it is a decimal string with two fraction digits and, when
 * negative, a leading {@code '-'} ({@code "-12.50"}). Requests never carry this type: amounts that
 * clients send are {@link CoinAmount}s, which refuse any sign.
 *
 * @param units the change in minor units; {@link Long#MIN_VALUE} is excluded so that every value
 *     can be negated
 */
public record SignedCoinAmount(long units) {

  public SignedCoinAmount {
    if (units == Long.MIN_VALUE) {
      throw new LedgerValidationException(
          ErrorCode.AMOUNT_OVERFLOW, "the amount exceeds the representable range");
    }
  }

  /** A credit of {@code amount}. */
  public static SignedCoinAmount credit(CoinAmount amount) {
    return new SignedCoinAmount(amount.units());
  }

  /** A debit of {@code amount}. */
  public static SignedCoinAmount debit(CoinAmount amount) {
    return new SignedCoinAmount(-amount.units());
  }

  /** Parses {@code "12.50"} or {@code "-12.50"}; the magnitude follows {@link CoinAmount#parse}. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static SignedCoinAmount parse(String text) {
    if (text != null && text.startsWith("-")) {
      return new SignedCoinAmount(-CoinAmount.parse(text.substring(1)).units());
    }
    return credit(CoinAmount.parse(text));
  }

  /** The same size with the opposite sign. */
  public SignedCoinAmount negate() {
    return new SignedCoinAmount(-units);
  }

  public boolean isNegative() {
    return units < 0;
  }

  /** The size without the sign. */
  public CoinAmount magnitude() {
    return CoinAmount.ofUnits(Math.abs(units));
  }

  /** {@code "12.50"} or {@code "-12.50"}. */
  @JsonValue
  @Override
  public String toString() {
    return (units < 0 ? "-" : "") + magnitude();
  }
}
