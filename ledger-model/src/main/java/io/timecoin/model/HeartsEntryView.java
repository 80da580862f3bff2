package io.timecoin.model;

/**
 * One immutable hearts movement on one account. Fields that do not apply to the type are {@code
 * null}.
 *
 * @param entryId {@code txId + ":h" + leg}: never equal to a coin entry's id
 * @param volunteerId the account
 * @param sequence 1-based, gap-free position in the account's hearts history
 * @param unit always {@link LedgerUnit#HEARTS}: the unit the entry moves
 * @param type EARN, DONATION or RETURN
 * @param amount signed change of the hearts balance
 * @param balanceAfter hearts held after the entry
 * @param activityId the charity task credited (EARN)
 * @param verifier who verified the task (EARN)
 * @param evidenceHash SHA-256 of the salted task evidence (EARN)
 * @param policyVersion the hearts policy version the earning was checked against (EARN)
 * @param projectId the project donated to or returned from (DONATION, RETURN)
 * @param donationTxId the donation a RETURN gives back
 * @param requestId the client request that caused the entry
 * @param txId the transaction
 * @param recordedAt ISO-8601 UTC transaction timestamp
 * @param recordedBy the submitting client identity
 */
public record HeartsEntryView(
    String entryId,
    String volunteerId,
    long sequence,
    LedgerUnit unit,
    HeartsEntryType type,
    long amount,
    long balanceAfter,
    String activityId,
    String verifier,
    String evidenceHash,
    Long policyVersion,
    String projectId,
    String donationTxId,
    String requestId,
    String txId,
    String recordedAt,
    Recorder recordedBy) {

  public HeartsEntryView {
    Fields.required(entryId, "entryId");
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    if (sequence < 1) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, "sequence starts at 1");
    }
    if (Fields.required(unit, "unit") != LedgerUnit.HEARTS) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, "unit must be HEARTS");
    }
    Fields.required(type, "type");
    HeartsFields.requireNotNegative(balanceAfter, "balanceAfter");
    Fields.required(requestId, "requestId");
    Fields.required(txId, "txId");
    Fields.required(recordedAt, "recordedAt");
    Fields.required(recordedBy, "recordedBy");
  }
}
