package io.timecoin.chaincode.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarnedDaysTest {

  private static DayTotal total(String day, String coins) {
    return new DayTotal(day, CoinAmount.parse(coins));
  }

  @Test
  void an_account_that_never_earned_has_earned_nothing_on_any_day() {
    assertThat(EarnedDays.none().on("2024-05-01")).isEqualTo(CoinAmount.ZERO);
    assertThat(EarnedDays.none().on("1970-01-01")).isEqualTo(CoinAmount.ZERO);
  }

  @Test
  void a_new_day_becomes_the_latest_and_the_oldest_is_forgotten() {
    EarnedDays days =
        EarnedDays.none()
            .with("2024-05-01", CoinAmount.parse("3"))
            .with("2024-05-02", CoinAmount.parse("4"))
            .with("2024-05-04", CoinAmount.parse("5"));

    assertThat(days.latestFirst())
        .containsExactly(total("2024-05-04", "5"), total("2024-05-02", "4"));
  }

  @Test
  void a_kept_day_is_updated_in_place() {
    EarnedDays days =
        EarnedDays.of(List.of(total("2024-05-02", "4"), total("2024-05-01", "3")))
            .with("2024-05-01", CoinAmount.parse("9"));

    assertThat(days.latestFirst())
        .containsExactly(total("2024-05-02", "4"), total("2024-05-01", "9"));
  }

  @Test
  void with_one_day_kept_every_earlier_day_is_known_to_be_empty() {
    EarnedDays days = EarnedDays.none().with("2024-05-02", CoinAmount.parse("4"));

    assertThat(days.on("2024-05-01")).isEqualTo(CoinAmount.ZERO);
    assertThat(days.with("2024-05-01", CoinAmount.parse("1")).latestFirst())
        .containsExactly(total("2024-05-02", "4"), total("2024-05-01", "1"));
  }

  @Test
  void a_day_between_the_two_kept_days_has_no_earnings_and_replaces_the_older() {
    EarnedDays days = EarnedDays.of(List.of(total("2024-05-04", "4"), total("2024-05-01", "3")));

    assertThat(days.on("2024-05-03")).isEqualTo(CoinAmount.ZERO);
    assertThat(days.with("2024-05-03", CoinAmount.parse("2")).latestFirst())
        .containsExactly(total("2024-05-04", "4"), total("2024-05-03", "2"));
  }

  @Test
  void a_day_before_both_kept_days_is_refused_because_its_total_is_forgotten() {
    EarnedDays days = EarnedDays.of(List.of(total("2024-05-02", "4"), total("2024-05-01", "3")));

    assertThatThrownBy(() -> days.on("2024-04-30"))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMESTAMP_OUT_OF_WINDOW))
        .hasMessageContaining("current timestamp");
  }

  @Test
  void stored_totals_that_the_chaincode_never_writes_are_refused() {
    assertThatThrownBy(
            () ->
                EarnedDays.of(
                    List.of(
                        total("2024-05-03", "1"),
                        total("2024-05-02", "1"),
                        total("2024-05-01", "1"))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> EarnedDays.of(List.of(total("2024-05-01", "1"), total("2024-05-02", "1"))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () -> EarnedDays.of(List.of(total("2024-05-01", "1"), total("2024-05-01", "2"))))
        .isInstanceOf(IllegalStateException.class);
  }
}
