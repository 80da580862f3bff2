package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoinAmountTest {

  @ParameterizedTest
  @CsvSource({"12,1200,12.00", "12.5,1250,12.50", "12.50,1250,12.50", "0,0,0.00", "0.07,7,0.07"})
  void parses_whole_and_fractional_coins(String text, long units, String canonical) {
    CoinAmount amount = CoinAmount.parse(text);

    assertThat(amount.units()).isEqualTo(units);
    assertThat(amount).hasToString(canonical);
  }

  @Test
  void rejects_amount_with_three_fraction_digits() {
    assertRejected("1.234");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-1",
        "+1",
        "1e3",
        "1E3",
        " 1",
        "1 ",
        "\u0661\u0662",
        "\uff11",
        "",
        ".",
        "1.",
        ".5",
        "1..0",
        "1.2.3",
        "0x10",
        "NaN",
        "1,5"
      })
  void rejects_anything_but_plain_ascii_decimals(String text) {
    assertRejected(text);
  }

  @Test
  void rejects_missing_amount() {
    assertRejected(null);
  }

  @Test
  void accepts_the_largest_representable_amount() {
    assertThat(CoinAmount.parse("92233720368547758.07").units()).isEqualTo(Long.MAX_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"92233720368547758.08", "92233720368547759", "99999999999999999999999"})
  void rejects_amounts_above_the_largest_representable_value(String text) {
    assertRejected(text);
  }

  @Test
  void rejects_negative_units() {
    assertThatThrownBy(() -> CoinAmount.ofUnits(-1))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
  }

  @Test
  void adds_exactly() {
    assertThat(CoinAmount.parse("0.10").plus(CoinAmount.parse("0.20")))
        .isEqualTo(CoinAmount.parse("0.30"));
  }

  @Test
  void reports_overflow_when_a_sum_exceeds_the_range() {
    CoinAmount max = CoinAmount.ofUnits(Long.MAX_VALUE);

    assertThatThrownBy(() -> max.plus(CoinAmount.ofUnits(1)))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_OVERFLOW));
  }

  @Test
  void only_nonzero_amounts_are_positive() {
    assertThat(CoinAmount.ZERO.isPositive()).isFalse();
    assertThat(CoinAmount.ofUnits(1).isPositive()).isTrue();
  }

  @Test
  void error_message_states_the_rule_without_echoing_the_input() {
    assertThatThrownBy(() -> CoinAmount.parse("secret-4711"))
        .hasMessageStartingWith("[INVALID_AMOUNT] ")
        .hasMessageContaining("two fraction digits")
        .hasMessageNotContaining("secret-4711");
  }

  private static void assertRejected(String text) {
    assertThatThrownBy(() -> CoinAmount.parse(text))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
  }
}
