package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#PAY_FOR_HELP}: a help requester pays the volunteer who
 * helped.
 *
 * @param requestId client-chosen idempotency key
 * @param requesterId the paying account
 * @param helperId the paid account, not the requester
 * @param coins coins paid, more than zero
 * @param helpRequestId the platform's help request this payment settles
 * @param memo optional note, at most 140 characters
 */
public record PayForHelpRequest(
    String requestId,
    String requesterId,
    String helperId,
    CoinAmount coins,
    String helpRequestId,
    String memo)
    implements WriteRequest {

  public PayForHelpRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(requesterId, "requesterId"));
    Identifiers.requireVolunteerId(Fields.required(helperId, "helperId"));
    Fields.required(coins, "coins");
    Identifiers.requireHelpRequestId(Fields.required(helpRequestId, "helpRequestId"));
    FreeText.requireMemo(memo);
  }
}
