package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#RECORD_HEARTS}: hearts for one verified charity task.
 *
 * @param requestId client-chosen idempotency key
 * @param volunteerId a registered volunteer with an ACTIVE account
 * @param activityId the task; each task earns hearts once per volunteer
 * @param hearts hearts earned, at most the policy's maxHeartsPerTask
 * @param verifier the organiser or branch that verified the task
 * @param evidenceHash SHA-256 (lowercase hex) of the salted task evidence
 */
public record RecordHeartsRequest(
    String requestId,
    String volunteerId,
    String activityId,
    Long hearts,
    String verifier,
    String evidenceHash)
    implements WriteRequest {

  public RecordHeartsRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    Identifiers.requireActivityId(Fields.required(activityId, "activityId"));
    HeartsFields.requireHearts(hearts, "hearts");
    Identifiers.requireVerifierId(Fields.required(verifier, "verifier"));
    Identifiers.requireEvidenceHash(Fields.required(evidenceHash, "evidenceHash"));
  }
}
