package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class CoinAmountPropertyTest {

  @Property
  void formatting_then_parsing_returns_the_same_amount(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long units) {
    CoinAmount amount = CoinAmount.ofUnits(units);

    assertThat(CoinAmount.parse(amount.toString())).isEqualTo(amount);
  }

  @Property
  void canonical_text_always_has_two_fraction_digits(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long units) {
    assertThat(CoinAmount.ofUnits(units).toString()).matches("(0|[1-9][0-9]*)\\.[0-9]{2}");
  }

  @Property
  void one_fraction_digit_means_tenths(
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long coins,
      @ForAll @IntRange(min = 0, max = 9) int tenths) {
    CoinAmount amount = CoinAmount.parse(coins + "." + tenths);

    assertThat(amount.units()).isEqualTo(coins * 100 + tenths * 10L);
  }

  @Property
  void json_round_trip_keeps_the_amount(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long units) {
    CoinAmount amount = CoinAmount.ofUnits(units);

    String json = LedgerJson.write(amount);

    assertThat(json).isEqualTo("\"" + amount + "\"");
    assertThat(LedgerJson.read(json, CoinAmount.class)).isEqualTo(amount);
  }
}
