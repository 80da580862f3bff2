package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#RECORD_EARNING}: credit a volunteer for one verified
 * activity. Whether the amount is allowed (it must be positive) is decided by the chaincode.
 *
 * @param requestId client-chosen idempotency key
 * @param volunteerId the volunteer to credit
 * @param activityId the activity; each activity is credited at most once per volunteer
 * @param amount coins earned
 * @param evidenceHash SHA-256 (lowercase hex) of the salted activity evidence, never the evidence
 * @param verifiedBy id of the organiser or branch that verified the activity
 */
public record RecordEarningRequest(
    String requestId,
    String volunteerId,
    String activityId,
    CoinAmount amount,
    String evidenceHash,
    String verifiedBy) {

  public RecordEarningRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    Identifiers.requireActivityId(Fields.required(activityId, "activityId"));
    Fields.required(amount, "amount");
    Identifiers.requireEvidenceHash(Fields.required(evidenceHash, "evidenceHash"));
    Identifiers.requireVerifierId(Fields.required(verifiedBy, "verifiedBy"));
  }
}
