package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignedCoinAmountTest {

  @Test
  void writes_debits_with_a_leading_minus_and_credits_without_sign() {
    assertThat(SignedCoinAmount.debit(CoinAmount.parse("12.5"))).hasToString("-12.50");
    assertThat(SignedCoinAmount.credit(CoinAmount.parse("0.05"))).hasToString("0.05");
    assertThat(new SignedCoinAmount(-5)).hasToString("-0.05");
    assertThat(new SignedCoinAmount(0)).hasToString("0.00");
  }

  @Test
  void reads_both_signs_back() {
    assertThat(SignedCoinAmount.parse("-12.50").units()).isEqualTo(-1250);
    assertThat(SignedCoinAmount.parse("3").units()).isEqualTo(300);
    assertThat(LedgerJson.read("\"-0.01\"", SignedCoinAmount.class).units()).isEqualTo(-1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"--1", "+1", "-", "- 1", "-1.234", "1e3", ""})
  void rejects_anything_but_an_optional_minus_and_a_plain_amount(String text) {
    assertThatThrownBy(() -> SignedCoinAmount.parse(text))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_AMOUNT));
  }

  @Test
  void coin_amounts_on_the_wire_still_refuse_a_sign() {
    assertThatThrownBy(() -> CoinAmount.parse("-1")).isInstanceOf(LedgerValidationException.class);
  }

  @Test
  void the_smallest_long_is_excluded_so_every_amount_can_be_negated() {
    assertThatThrownBy(() -> new SignedCoinAmount(Long.MIN_VALUE))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.AMOUNT_OVERFLOW));
    assertThat(new SignedCoinAmount(-Long.MAX_VALUE).negate().units()).isEqualTo(Long.MAX_VALUE);
  }

  @Property
  void text_round_trips(@ForAll @LongRange(min = -Long.MAX_VALUE) long units) {
    SignedCoinAmount amount = new SignedCoinAmount(units);

    assertThat(SignedCoinAmount.parse(amount.toString())).isEqualTo(amount);
    assertThat(amount.magnitude().units()).isEqualTo(Math.abs(units));
  }
}
