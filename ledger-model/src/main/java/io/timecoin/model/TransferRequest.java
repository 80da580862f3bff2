package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Argument of {@link TransactionNames#TRANSFER}: a gift of coins between volunteers (e.g. within a
 * family).
 *
 * @param requestId client-chosen idempotency key
 * @param fromId the giving account
 * @param toId the receiving account, not the giver
 * @param coins coins given, more than zero
 * @param memo optional note, at most 140 characters
 * @param unit optional, COINS when absent; HEARTS is refused (hearts are never transferable). Left
 *     out of the JSON when absent, so requests written before it existed keep their fingerprints.
 */
public record TransferRequest(
    String requestId,
    String fromId,
    String toId,
    CoinAmount coins,
    String memo,
    @JsonInclude(JsonInclude.Include.NON_NULL) LedgerUnit unit)
    implements WriteRequest {

  /** A transfer of coins, the only unit that moves between volunteers. */
  public TransferRequest(
      String requestId, String fromId, String toId, CoinAmount coins, String memo) {
    this(requestId, fromId, toId, coins, memo, null);
  }

  public TransferRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(fromId, "fromId"));
    Identifiers.requireVolunteerId(Fields.required(toId, "toId"));
    Fields.required(coins, "coins");
    FreeText.requireMemo(memo);
  }
}
