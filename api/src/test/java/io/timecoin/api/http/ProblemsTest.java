package io.timecoin.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.client.LedgerCommitException;
import io.timecoin.client.LedgerOutcomeUnknownException;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.LedgerUnavailableException;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

  @Test
  void every_ledger_code_has_a_status_of_the_documented_set() {
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(Problems.status(code)).isIn(400, 403, 404, 409, 413, 422, 500, 503);
    }
    assertThat(Problems.status(ErrorCode.PRIVATE_DETAILS_TOO_LARGE)).isEqualTo(413);
    // Not-found texts are fixed, so a refusal by the API reads like one by the chaincode.
    for (ErrorCode code :
        List.of(
            ErrorCode.VOUCHER_NOT_FOUND, ErrorCode.CLAIM_NOT_FOUND, ErrorCode.PRODUCT_NOT_FOUND)) {
      assertThat(Problems.ledger(code, "").getMessage())
          .isEqualTo(Problems.ledger(code, "voucher v-9 of vol-9 is not there").getMessage())
          .doesNotContain("vol-9");
    }
    assertThat(Problems.status(ErrorCode.INSUFFICIENT_BALANCE)).isEqualTo(422);
    assertThat(Problems.status(ErrorCode.IDEMPOTENCY_CONFLICT)).isEqualTo(422);
    assertThat(Problems.status(ErrorCode.VOLUNTEER_NOT_FOUND)).isEqualTo(404);
    assertThat(Problems.status(ErrorCode.VOLUNTEER_ALREADY_REGISTERED)).isEqualTo(409);
    // A clock disagreement is no fault of the request: it may be sent again.
    assertThat(Problems.status(ErrorCode.TIMESTAMP_OUT_OF_WINDOW)).isEqualTo(503);
    assertThat(Problems.status(ErrorCode.ACCOUNT_NOT_EMPTY)).isEqualTo(422);
  }

  @Test
  void a_refusal_keeps_its_code_and_not_found_gets_a_fixed_text() {
    ApiProblem problem =
        Problems.of(
            new LedgerRejectedException(
                ErrorCode.VOLUNTEER_NOT_FOUND, "volunteer vol-9 does not exist", "m", "tx", null));

    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.code()).isEqualTo("VOLUNTEER_NOT_FOUND");
    assertThat(problem.getMessage()).isEqualTo("no such volunteer");
  }

  @Test
  void validation_failures_are_400_without_the_code_prefix() {
    ApiProblem problem =
        Problems.of(new LedgerValidationException(ErrorCode.INVALID_AMOUNT, "bad amount"));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.getMessage()).isEqualTo("bad amount");
  }

  @Test
  void unreachable_ledger_and_conflicts_are_503_with_retry_after() {
    ApiProblem unavailable = Problems.of(new LedgerUnavailableException("down", null, false, null));
    ApiProblem unknown = Problems.of(new LedgerUnavailableException("slow", "tx", true, null));
    ApiProblem conflict =
        Problems.of(new LedgerCommitException("c", "tx", "MVCC_READ_CONFLICT", 7));

    assertThat(unavailable.status()).isEqualTo(503);
    assertThat(unavailable.code()).isEqualTo("LEDGER_UNAVAILABLE");
    assertThat(unknown.code()).isEqualTo("OUTCOME_UNKNOWN");
    assertThat(conflict.code()).isEqualTo("LEDGER_CONFLICT");
    assertThat(unavailable.retryAfter()).isPositive();
    assertThat(unknown.retryAfter()).isPositive();
    assertThat(conflict.retryAfter()).isPositive();
  }

  @Test
  void an_unreachable_ordering_service_is_an_unknown_outcome_that_says_so() {
    ApiProblem unreachable =
        Problems.of(new LedgerOutcomeUnknownException("no orderer", "tx", "req-1", true, null));
    ApiProblem unsettled =
        Problems.of(new LedgerOutcomeUnknownException("slow", "tx", "req-1", null));

    assertThat(unreachable.status()).isEqualTo(503);
    assertThat(unreachable.code()).isEqualTo("OUTCOME_UNKNOWN");
    assertThat(unreachable.retryAfter()).isPositive();
    assertThat(unreachable.getMessage())
        .contains("ordering service could not be reached")
        .contains("same Idempotency-Key");
    assertThat(unsettled.getMessage()).doesNotContain("ordering service");
  }

  @Test
  void anything_else_is_a_500_that_reveals_nothing() {
    ApiProblem problem = Problems.of(new IllegalStateException("secret detail"));

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.getMessage()).doesNotContain("secret");
  }
}
