package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#TRANSFER}: a gift of coins between volunteers (e.g. within a
 * family).
 *
 * @param requestId client-chosen idempotency key
 * @param fromId the giving account
 * @param toId the receiving account, not the giver
 * @param coins coins given, more than zero
 * @param memo optional note, at most 140 characters
 */
public record TransferRequest(
    String requestId, String fromId, String toId, CoinAmount coins, String memo)
    implements WriteRequest {

  public TransferRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(fromId, "fromId"));
    Identifiers.requireVolunteerId(Fields.required(toId, "toId"));
    Fields.required(coins, "coins");
    FreeText.requireMemo(memo);
  }
}
