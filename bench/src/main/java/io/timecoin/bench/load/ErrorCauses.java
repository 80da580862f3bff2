package io.timecoin.bench.load;

import io.timecoin.client.LedgerCommitException;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.LedgerUnavailableException;
import io.timecoin.model.LedgerValidationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.GatewayException;

/**
 * Names the cause of a failed request so that failures can be counted by it: the ledger's {@link
 * io.timecoin.model.ErrorCode}, Fabric's validation code, the HTTP status and error code, or the
 * exception class. Causes never include messages: those may echo request identifiers.
 */
public final class ErrorCauses {

  private ErrorCauses() {}

  /**
   * The cause of {@code failure}, e.g. {@code rejected:DUPLICATE_ACTIVITY}, {@code
   * invalid:MVCC_READ_CONFLICT}, {@code unavailable:outcome-unknown}, {@code http:409:CONFLICT}.
   */
  public static String of(Throwable failure) {
    Throwable t = unwrap(failure);
    if (t instanceof LedgerRejectedException rejected) {
      return "rejected:" + rejected.code().name();
    }
    if (t instanceof LedgerCommitException commit) {
      return "invalid:" + commit.validationCode();
    }
    if (t instanceof LedgerUnavailableException unavailable) {
      return unavailable.outcomeUnknown() ? "unavailable:outcome-unknown" : "unavailable";
    }
    if (t instanceof LedgerValidationException invalid) {
      return "refused-locally:" + invalid.code().name();
    }
    if (t instanceof HttpFailure http) {
      return "http:" + http.status() + (http.errorCode().isEmpty() ? "" : ":" + http.errorCode());
    }
    if (t instanceof InvalidTransaction invalid) {
      return "invalid:" + invalid.validationCode();
    }
    if (t instanceof CommitException commit) {
      return "invalid:" + commit.getCode().name();
    }
    if (t instanceof GatewayException gateway) {
      return "gateway:" + t.getClass().getSimpleName() + ":" + gateway.getStatus().getCode();
    }
    return "exception:" + t.getClass().getName();
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof ExecutionException || t instanceof CompletionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
