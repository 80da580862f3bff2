package io.timecoin.model;

/**
 * One immutable leg of a coin movement on one account. Fields that do not apply to the entry's type
 * are {@code null}.
 *
 * @param entryId {@code txId + ":" + leg}
 * @param volunteerId the account the entry belongs to
 * @param sequence 1-based, gap-free position in the account's history
 * @param leg position of this entry within its transaction, from 0
 * @param type kind of movement
 * @param amount signed change of the balance: positive credits, negative debits
 * @param balanceAfter the account balance after this entry
 * @param counterpartyId the other account of a two-legged movement, else {@code null}
 * @param activityId the credited activity (EARN)
 * @param minutes minutes of volunteer work credited (EARN)
 * @param category activity category (EARN)
 * @param evidenceHash SHA-256 of the activity evidence (EARN)
 * @param verifier who verified the activity (EARN)
 * @param helpRequestId the help request a payment settles (HELP_PAYMENT)
 * @param reversedEntryId the entry this one compensates (REVERSAL)
 * @param memo optional note of a payment or transfer
 * @param reason why the movement was made (REVERSAL)
 * @param requestId the client request that caused the entry
 * @param txId the Fabric transaction id
 * @param recordedAt ISO-8601 UTC instant of the transaction timestamp
 * @param recordedBy the submitting client identity
 */
public record EntryView(
    String entryId,
    String volunteerId,
    long sequence,
    int leg,
    EntryType type,
    SignedCoinAmount amount,
    CoinAmount balanceAfter,
    String counterpartyId,
    String activityId,
    Integer minutes,
    String category,
    String evidenceHash,
    String verifier,
    String helpRequestId,
    String reversedEntryId,
    String memo,
    String reason,
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
    if (leg < 0) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, "leg starts at 0");
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
