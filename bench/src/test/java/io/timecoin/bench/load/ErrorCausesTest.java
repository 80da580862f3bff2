package io.timecoin.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.client.LedgerCommitException;
import io.timecoin.client.LedgerException;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.LedgerUnavailableException;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ErrorCausesTest {

  @Test
  void names_a_chaincode_refusal_by_its_error_code() {
    assertThat(
            ErrorCauses.of(
                new LedgerRejectedException(
                    ErrorCode.DUPLICATE_ACTIVITY, "reason with an id", "m", "tx", null)))
        .isEqualTo("rejected:DUPLICATE_ACTIVITY");
  }

  @Test
  void names_an_invalidated_transaction_by_its_validation_code() {
    assertThat(ErrorCauses.of(new LedgerCommitException("m", "tx", "MVCC_READ_CONFLICT", 7)))
        .isEqualTo("invalid:MVCC_READ_CONFLICT");
    assertThat(ErrorCauses.of(new InvalidTransaction("ENDORSEMENT_POLICY_FAILURE")))
        .isEqualTo("invalid:ENDORSEMENT_POLICY_FAILURE");
  }

  @Test
  void tells_an_unknown_outcome_from_a_failure_before_ordering() {
    assertThat(ErrorCauses.of(new LedgerUnavailableException("m", "tx", true, null)))
        .isEqualTo("unavailable:outcome-unknown");
    assertThat(ErrorCauses.of(new LedgerUnavailableException("m", null, false, null)))
        .isEqualTo("unavailable");
  }

  @Test
  void names_local_refusals_http_failures_and_other_exceptions() {
    assertThat(ErrorCauses.of(new LedgerValidationException(ErrorCode.INVALID_AMOUNT, "too many")))
        .isEqualTo("refused-locally:INVALID_AMOUNT");
    assertThat(ErrorCauses.of(new HttpFailure(409, "IDEMPOTENCY_CONFLICT")))
        .isEqualTo("http:409:IDEMPOTENCY_CONFLICT");
    assertThat(ErrorCauses.of(new HttpFailure(502, ""))).isEqualTo("http:502");
    assertThat(ErrorCauses.of(new LedgerException("m", null, null)))
        .isEqualTo("exception:io.timecoin.client.LedgerException");
  }

  @Test
  void looks_through_execution_wrappers_and_never_uses_the_message() {
    String cause =
        ErrorCauses.of(
            new ExecutionException(new IllegalStateException("volunteer vol-42 is secret")));

    assertThat(cause).isEqualTo("exception:java.lang.IllegalStateException").doesNotContain("vol");
  }
}
