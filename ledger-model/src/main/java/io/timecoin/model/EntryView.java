package io.timecoin.model;

/**
 * One immutable leg of a coin movement on one account.
 *
 * @param entryId {@code txId + ":" + leg}
 * @param volunteerId the account the entry belongs to
 * @param sequence 1-based, gap-free position in the account's history
 * @param type kind of movement
 * @param amount size of the movement
 * @param balanceAfter the account balance after this entry
 * @param activityId the credited activity (EARN), else {@code null}
 * @param evidenceHash SHA-256 of the activity evidence (EARN), else {@code null}
 * @param verifiedBy who verified the activity (EARN), else {@code null}
 * @param requestId the client request that caused the entry
 * @param txId the Fabric transaction id
 * @param recordedAt ISO-8601 UTC instant of the transaction timestamp
 * @param recordedBy the submitting client identity
 */
public record EntryView(
    String entryId,
    String volunteerId,
    long sequence,
    EntryType type,
    CoinAmount amount,
    CoinAmount balanceAfter,
    String activityId,
    String evidenceHash,
    String verifiedBy,
    String requestId,
    String txId,
    String recordedAt,
    Recorder recordedBy) {

  public EntryView {
    Fields.required(entryId, "entryId");
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    if (sequence < 1) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, "sequence starts at 1");
    }
    Fields.required(type, "type");
    Fields.required(amount, "amount");
    Fields.required(balanceAfter, "balanceAfter");
    Fields.required(requestId, "requestId");
    Fields.required(txId, "txId");
    Fields.required(recordedAt, "recordedAt");
    Fields.required(recordedBy, "recordedBy");
  }
}
