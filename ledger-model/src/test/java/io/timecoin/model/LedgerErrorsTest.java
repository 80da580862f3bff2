package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LedgerErrorsTest {

  @Test
  void formats_the_code_in_brackets_before_the_message() {
    assertThat(LedgerErrors.format(ErrorCode.INVALID_AMOUNT, "amount must be positive"))
        .isEqualTo("[INVALID_AMOUNT] amount must be positive");
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void reads_back_every_code_it_formats(ErrorCode code) {
    assertThat(LedgerErrors.codeOf(LedgerErrors.format(code, "x"))).contains(code);
  }

  @Test
  void finds_the_code_inside_a_gateway_wrapped_message() {
    String wrapped =
        "ABORTED: failed to endorse transaction, see attached details for more info;"
            + " chaincode response 500, [INVALID_AMOUNT] amount must be positive";

    assertThat(LedgerErrors.codeOf(wrapped)).contains(ErrorCode.INVALID_AMOUNT);
  }

  @Test
  void skips_bracketed_words_that_are_not_codes() {
    assertThat(LedgerErrors.codeOf("[peer0] [NOT_A_CODE] then [DUPLICATE_ACTIVITY] x"))
        .contains(ErrorCode.DUPLICATE_ACTIVITY);
  }

  @Test
  void returns_empty_for_messages_without_a_known_code() {
    assertThat(LedgerErrors.codeOf("[SOMETHING_ELSE] no")).isEmpty();
    assertThat(LedgerErrors.codeOf("plain failure")).isEmpty();
    assertThat(LedgerErrors.codeOf("")).isEmpty();
    assertThat(LedgerErrors.codeOf(null)).isEmpty();
  }

  @Test
  void exception_carries_code_and_formatted_message() {
    LedgerValidationException e =
        new LedgerValidationException(ErrorCode.ACCESS_DENIED, "not allowed");

    assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(e).hasMessage("[ACCESS_DENIED] not allowed");
  }
}
