package io.timecoin.chaincode.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerErrors;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hyperledger.fabric.shim.ChaincodeException;

/** Checks that a call is refused with a code and leaves no trace. */
final class Refusals {

  private Refusals() {}

  static ChaincodeException refused(ContractHarness ledger, ThrowingCallable call, ErrorCode code) {
    Map<String, String> before = ledger.stub.snapshot();
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).isInstanceOf(ChaincodeException.class);
    ChaincodeException failure = (ChaincodeException) thrown;
    assertThat(failure.getMessage()).startsWith("[" + code + "] ");
    assertThat(LedgerErrors.codeOf(failure.getMessage())).contains(code);
    assertThat(failure.getPayload()).isEqualTo(code.name().getBytes(UTF_8));
    assertThat(ledger.stub.writtenKeys()).as("keys written before the refusal").isEmpty();
    assertThat(ledger.stub.writtenPrivateKeys()).as("private keys written").isEmpty();
    assertThat(ledger.stub.writtenValidationParameters()).as("policies set").isEmpty();
    assertThat(ledger.stub.eventsSet()).isZero();
    assertThat(ledger.stub.snapshot()).isEqualTo(before);
    return failure;
  }
}
