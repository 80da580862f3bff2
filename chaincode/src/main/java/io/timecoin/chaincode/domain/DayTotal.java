package io.timecoin.chaincode.domain;

import io.timecoin.model.CoinAmount;
import java.util.Objects;

/**
 * What a volunteer earned on one calendar day (at the earning policy's offset), gross: reversals do
 * not lower it.
 *
 * @param day ISO-8601 date, as {@link EarningPolicy#dayOf} names it
 * @param coins the day's earnings
 */
public record DayTotal(String day, CoinAmount coins) {

  public DayTotal {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(coins, "coins");
  }
}
