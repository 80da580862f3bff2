package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.Identifiers;
import io.timecoin.model.LedgerValidationException;
import org.junit.jupiter.api.Test;

class InputChecksTest {

  @Test
  void a_broken_rule_becomes_a_refusal_under_the_one_failure_root() {
    assertThatThrownBy(
            () ->
                InputChecks.beforeSending(
                    "GetAccount", () -> Identifiers.requireVolunteerId("Jane Doe")))
        .isInstanceOfSatisfying(
            LedgerRejectedException.class,
            refused -> {
              assertThat(refused).isInstanceOf(LedgerException.class);
              assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_VOLUNTEER_ID);
              assertThat(refused.transactionId()).isEmpty();
              assertThat(refused.reason()).isNotBlank().doesNotStartWith("[");
              assertThat(refused.getCause()).isInstanceOf(LedgerValidationException.class);
            })
        .message()
        .contains("GetAccount", "INVALID_VOLUNTEER_ID")
        .doesNotContain("Jane");
  }

  @Test
  void a_kept_rule_passes_its_value_through() {
    assertThat(
            InputChecks.beforeSending("GetAccount", () -> Identifiers.requireVolunteerId("vol-1")))
        .isEqualTo("vol-1");
  }
}
