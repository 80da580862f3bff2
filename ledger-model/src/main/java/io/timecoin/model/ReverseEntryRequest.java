package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#REVERSE_ENTRY}: compensate the whole movement that an entry
 * belongs to (every leg of its transaction) with REVERSAL entries. The original entries stay.
 *
 * @param requestId client-chosen idempotency key
 * @param entryId any entry of the movement to reverse
 * @param reason why, 1-200 characters without control characters
 */
public record ReverseEntryRequest(String requestId, String entryId, String reason)
    implements WriteRequest {

  public ReverseEntryRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireEntryId(Fields.required(entryId, "entryId"));
    FreeText.requireReason(reason);
  }
}
