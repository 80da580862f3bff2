package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A non-negative amount of money (cover, claimed, approved) in exact minor units of its currency:
 * 1.00 = 100 units. The currency is carried beside it (a product's or voucher's {@code currency});
 * only currencies with two minor digits (CNY, EUR, USD, ...) are meant. On the wire it is a decimal
 * string with two fraction digits ({@code "250000.00"}), never a JSON number, parsed by the same
 * rules as {@link CoinAmount}.
 *
 * @param units the amount in minor units, at least zero
 */
public record MoneyAmount(long units) {

  public static final MoneyAmount ZERO = new MoneyAmount(0);

  public MoneyAmount {
    if (units < 0) {
      throw new LedgerValidationException(ErrorCode.INVALID_AMOUNT, "amount must not be negative");
    }
  }

  public static MoneyAmount ofUnits(long units) {
    return new MoneyAmount(units);
  }

  /**
   * Parses {@code "12"}, {@code "12.5"} or {@code "12.50"}.
   *
   * @throws LedgerValidationException with {@link ErrorCode#INVALID_AMOUNT} for anything else
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static MoneyAmount parse(String text) {
    return new MoneyAmount(CoinAmount.parse(text).units());
  }

  public boolean isPositive() {
    return units > 0;
  }

  /** Exact difference; refuses to go below zero. */
  public MoneyAmount minus(MoneyAmount other) {
    if (other.units > units) {
      throw new LedgerValidationException(
          ErrorCode.COVER_EXCEEDED, "the amount exceeds what is left");
    }
    return new MoneyAmount(units - other.units);
  }

  /** Exact sum. */
  public MoneyAmount plus(MoneyAmount other) {
    try {
      return new MoneyAmount(Math.addExact(units, other.units));
    } catch (ArithmeticException e) {
      throw new LedgerValidationException(
          ErrorCode.AMOUNT_OVERFLOW, "the resulting amount would exceed the representable range");
    }
  }

  public boolean exceeds(MoneyAmount other) {
    return units > other.units;
  }

  /** The canonical wire form, always with two fraction digits. */
  @JsonValue
  @Override
  public String toString() {
    return CoinAmount.ofUnits(units).toString();
  }
}
