package io.timecoin.api.http;

import io.timecoin.client.LedgerCommitException;
import io.timecoin.client.LedgerException;
import io.timecoin.client.LedgerOutcomeUnknownException;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.LedgerUnavailableException;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.time.Duration;

/**
 * The one mapping from failures to HTTP: ledger refusals by their {@link ErrorCode}, validation
 * failures of the wire contract, unreachable peers and unknown outcomes. Not-found messages are
 * fixed texts, so a volunteer asking for another volunteer's data gets exactly the answer of a
 * missing record.
 */
public final class Problems {

  /** How long callers should wait before retrying after a 503. */
  public static final Duration RETRY_AFTER_UNAVAILABLE = Duration.ofSeconds(2);

  private Problems() {}

  /**
   * The problem for any failure thrown while serving a request.
   *
   * @param failure what was thrown.
   * @return the problem to send; {@link ApiErrorCode#API_INTERNAL_ERROR} for anything unexpected.
   */
  public static ApiProblem of(Throwable failure) {
    if (failure instanceof ApiProblem problem) {
      return problem;
    }
    if (failure instanceof LedgerValidationException invalid) {
      return ledger(invalid.code(), stripCode(invalid.getMessage()));
    }
    if (failure instanceof LedgerRejectedException rejected) {
      return ledger(rejected.code(), rejected.reason());
    }
    if (failure instanceof LedgerUnavailableException unavailable) {
      if (failure instanceof LedgerOutcomeUnknownException unknown
          && unknown.orderingUnreachable()) {
        return ApiProblem.retryLater(
            ApiErrorCode.OUTCOME_UNKNOWN,
            "the ledger's ordering service could not be reached: no orderer acknowledged the"
                + " write and it is not on the ledger; it commits only if an orderer received it"
                + " without answering. Send it again later with the same Idempotency-Key (it is"
                + " written at most once), or look it up at /v1/requests/{requestId}",
            RETRY_AFTER_UNAVAILABLE);
      }
      if (unavailable.outcomeUnknown()) {
        return ApiProblem.retryLater(
            ApiErrorCode.OUTCOME_UNKNOWN,
            "the ledger did not confirm the write in time; it may still commit. Look it up at"
                + " /v1/requests/{requestId} before sending it again with the same Idempotency-Key",
            RETRY_AFTER_UNAVAILABLE);
      }
      return ApiProblem.retryLater(
          ApiErrorCode.LEDGER_UNAVAILABLE,
          "the ledger peer could not be reached; nothing was written. Try again later",
          RETRY_AFTER_UNAVAILABLE);
    }
    if (failure instanceof LedgerCommitException) {
      return ApiProblem.retryLater(
          ApiErrorCode.LEDGER_CONFLICT,
          "the ledger invalidated the transaction (concurrent writes); nothing was written."
              + " Send it again with the same Idempotency-Key",
          RETRY_AFTER_UNAVAILABLE);
    }
    if (failure instanceof LedgerException) {
      return ApiProblem.of(
          ApiErrorCode.API_INTERNAL_ERROR,
          "the ledger call failed unexpectedly; the API log has the transaction id");
    }
    return ApiProblem.of(
        ApiErrorCode.API_INTERNAL_ERROR, "unexpected failure; the API log has the details");
  }

  /** The problem for a ledger code, with a fixed text for not-found codes. */
  public static ApiProblem ledger(ErrorCode code, String detail) {
    String text =
        switch (code) {
          case VOLUNTEER_NOT_FOUND -> "no such volunteer";
          case ENTRY_NOT_FOUND -> "no such entry";
          case REQUEST_NOT_FOUND -> "no write with this requestId has been recorded";
          // Fixed texts so that another volunteer's voucher or claim (refused by the API) reads
          // exactly like a missing one (refused by the chaincode).
          case PRODUCT_NOT_FOUND -> "no such voucher product";
          case VOUCHER_NOT_FOUND -> "no such voucher";
          case CLAIM_NOT_FOUND -> "no such claim";
          case PROJECT_NOT_FOUND -> "no such charity project";
          default -> detail == null || detail.isBlank() ? code.name() : detail;
        };
    return new ApiProblem(status(code), code.name(), text, null);
  }

  /** The HTTP status of a ledger error code. */
  public static int status(ErrorCode code) {
    return switch (code) {
      case MALFORMED_REQUEST,
          INVALID_ARGUMENT,
          INVALID_VOLUNTEER_ID,
          INVALID_REQUEST_ID,
          INVALID_ACTIVITY_ID,
          INVALID_AMOUNT,
          AMOUNT_OVERFLOW,
          INVALID_PAGE,
          INVALID_TIME_RANGE,
          UNKNOWN_FUNCTION,
          PRIVATE_DETAILS_MISSING,
          PRIVATE_READ_KEY_MISSING ->
          400;
      // The API's ledger identity may not do this (its operator role, branch, standing in the
      // org's registry, or the peers refuse its certificate): a matter for the org, not the caller.
      case ACCESS_DENIED,
          PRIVATE_DATA_NOT_AUTHORIZED,
          ROLE_REQUIRED,
          ATTRIBUTE_MALFORMED,
          VERIFIER_MISMATCH,
          IDENTITY_SUSPENDED,
          OPERATOR_OF_ANOTHER_ORG,
          IDENTITY_REFUSED ->
          403;
      case VOLUNTEER_NOT_FOUND,
          ENTRY_NOT_FOUND,
          REQUEST_NOT_FOUND,
          POLICY_VERSION_NOT_FOUND,
          EARNING_POLICY_NOT_SET,
          PRODUCT_NOT_FOUND,
          VOUCHER_NOT_FOUND,
          CLAIM_NOT_FOUND,
          PROJECT_NOT_FOUND,
          HEARTS_POLICY_NOT_SET ->
          404;
      case VOLUNTEER_ALREADY_REGISTERED,
          DUPLICATE_ACTIVITY,
          ENTRY_ALREADY_REVERSED,
          INVALID_STATUS_CHANGE,
          PRODUCT_ALREADY_EXISTS,
          VOUCHER_ALREADY_ACTIVE,
          CLAIM_ALREADY_OPEN,
          CLAIM_ALREADY_DECIDED,
          PROJECT_ALREADY_EXISTS,
          PROJECT_CLOSED ->
          409;
      case IDEMPOTENCY_CONFLICT,
          ACCOUNT_NOT_ACTIVE,
          SAME_ACCOUNT,
          INSUFFICIENT_BALANCE,
          ACTIVITY_LIMIT_EXCEEDED,
          DAILY_CAP_EXCEEDED,
          PRODUCT_INACTIVE,
          VOUCHER_NOT_ACTIVE,
          INCIDENT_OUTSIDE_COVER,
          CLAIM_NOT_APPROVED,
          COVER_EXCEEDED,
          ACCOUNT_NOT_EMPTY,
          INSUFFICIENT_HEARTS,
          HEARTS_NOT_TRANSFERABLE,
          HEARTS_LIMIT_EXCEEDED,
          PROJECT_EXPIRED,
          PROJECT_TARGET_NOT_REACHED,
          PROJECT_NOT_RETURNABLE ->
          422;
      case PRIVATE_DETAILS_TOO_LARGE -> 413;
      case INTERNAL_ERROR -> 500;
      // The platform's clock and an endorsing peer's disagree by more than the window: the
      // request itself is fine and may be sent again.
      case TIMESTAMP_OUT_OF_WINDOW -> 503;
    };
  }

  private static String stripCode(String message) {
    if (message.startsWith("[")) {
      int end = message.indexOf("] ");
      if (end > 0) {
        return message.substring(end + 2);
      }
    }
    return message;
  }
}
