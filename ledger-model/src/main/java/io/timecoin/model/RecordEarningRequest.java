package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Argument of {@link TransactionNames#RECORD_EARNING}: credit a volunteer for one verified
 * activity. Whether the coins are allowed (positive, within the earning policy) is decided by the
 * chaincode.
 *
 * @param requestId client-chosen idempotency key
 * @param volunteerId the volunteer to credit
 * @param activityId the activity; each activity is credited at most once per volunteer
 * @param minutes minutes of volunteer work, 1-1440
 * @param coins coins earned
 * @param verifier optional: the branch that verified the activity. The ledger records the branch of
 *     the submitting operator's certificate; when given, it must be that branch ({@code
 *     VERIFIER_MISMATCH} otherwise). Left out of the JSON when {@code null}.
 * @param evidenceHash SHA-256 (lowercase hex) of the salted activity evidence, never the evidence
 * @param category kind of activity, 1-32 characters of {@code [a-z0-9_-]}
 */
public record RecordEarningRequest(
    String requestId,
    String volunteerId,
    String activityId,
    Integer minutes,
    CoinAmount coins,
    @JsonInclude(JsonInclude.Include.NON_NULL) String verifier,
    String evidenceHash,
    String category)
    implements WriteRequest {

  /** Most minutes one activity can credit: a whole day. */
  public static final int MAX_MINUTES = 1440;

  public RecordEarningRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    Identifiers.requireActivityId(Fields.required(activityId, "activityId"));
    Fields.required(minutes, "minutes");
    if (minutes < 1 || minutes > MAX_MINUTES) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "minutes must be an integer from 1 to " + MAX_MINUTES);
    }
    Fields.required(coins, "coins");
    if (verifier != null) {
      Identifiers.requireVerifierId(verifier);
    }
    Identifiers.requireEvidenceHash(Fields.required(evidenceHash, "evidenceHash"));
    Identifiers.requireCategory(Fields.required(category, "category"));
  }
}
