package io.timecoin.model;

/**
 * The public part of a claim, as stored on the channel's world state and seen by every org. Fields
 * of later stages are {@code null} until the stage is reached.
 *
 * @param claimId the filing transaction's id
 * @param voucherId the voucher claimed on
 * @param volunteerId the claimant
 * @param incidentDate calendar date of the incident
 * @param amountClaimed money claimed
 * @param currency the voucher's currency
 * @param activityId the activity the incident relates to
 * @param evidenceHash SHA-256 of the salted evidence
 * @param privateDetailsHash SHA-256 (lowercase hex) of the canonical JSON of the private details,
 *     equal to the hash Fabric keeps of the private value on every peer
 * @param status FILED, APPROVED, REJECTED or PAID
 * @param approvedAmount money approved (APPROVED, PAID)
 * @param decisionReason the insurer's reason (APPROVED, REJECTED, PAID)
 * @param paymentReference the insurer's payment reference (PAID)
 * @param filedAt ISO-8601 UTC instant of filing
 * @param decidedAt ISO-8601 UTC instant of the decision
 * @param paidAt ISO-8601 UTC instant of payment
 */
public record ClaimView(
    String claimId,
    String voucherId,
    String volunteerId,
    String incidentDate,
    MoneyAmount amountClaimed,
    String currency,
    String activityId,
    String evidenceHash,
    String privateDetailsHash,
    ClaimStatus status,
    MoneyAmount approvedAmount,
    String decisionReason,
    String paymentReference,
    String filedAt,
    String decidedAt,
    String paidAt) {

  public ClaimView {
    Fields.required(claimId, "claimId");
    Fields.required(voucherId, "voucherId");
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    Fields.required(incidentDate, "incidentDate");
    Fields.required(amountClaimed, "amountClaimed");
    Fields.required(currency, "currency");
    Fields.required(activityId, "activityId");
    Fields.required(evidenceHash, "evidenceHash");
    Fields.required(privateDetailsHash, "privateDetailsHash");
    Fields.required(status, "status");
    Fields.required(filedAt, "filedAt");
  }
}
