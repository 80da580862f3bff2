package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#FILE_CLAIM}: the public part of a claim. The private details
 * ({@link ClaimPrivateDetails}) travel in the transient map and only their hash reaches the public
 * ledger.
 *
 * @param requestId client-chosen idempotency key
 * @param volunteerId the claimant, who must hold the voucher
 * @param voucherId the voucher claimed on
 * @param incidentDate when the incident happened: a date-time with an offset ({@code
 *     2024-05-01T18:30:00+08:00}), or a date alone ({@code 2024-05-01}), read as that whole day at
 *     {@value InsuranceFields#INCIDENT_DATE_OFFSET}; see {@link InsuranceFields#requireIncident}
 * @param amountClaimed money claimed, more than zero, in the voucher's currency
 * @param activityId the volunteer activity during which the incident happened
 * @param evidenceHash SHA-256 (lowercase hex) of the salted evidence
 */
public record FileClaimRequest(
    String requestId,
    String volunteerId,
    String voucherId,
    String incidentDate,
    MoneyAmount amountClaimed,
    String activityId,
    String evidenceHash)
    implements WriteRequest {

  public FileClaimRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    InsuranceFields.requireVoucherId(Fields.required(voucherId, "voucherId"));
    InsuranceFields.requireIncident(incidentDate, "incidentDate");
    InsuranceFields.requirePositive(amountClaimed, "amountClaimed");
    Identifiers.requireActivityId(Fields.required(activityId, "activityId"));
    Identifiers.requireEvidenceHash(Fields.required(evidenceHash, "evidenceHash"));
  }
}
