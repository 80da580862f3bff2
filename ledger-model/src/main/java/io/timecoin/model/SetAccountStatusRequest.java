package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#SET_ACCOUNT_STATUS}: freeze, unfreeze or close an account.
 * CLOSED is final.
 *
 * @param requestId client-chosen idempotency key
 * @param volunteerId the account
 * @param status the new status, different from the current one
 * @param reason why, 1-200 characters without control characters; kept on the ledger, so never
 *     personal data
 */
public record SetAccountStatusRequest(
    String requestId, String volunteerId, AccountStatus status, String reason)
    implements WriteRequest {

  public SetAccountStatusRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    Fields.required(status, "status");
    FreeText.requireReason(reason);
  }
}
