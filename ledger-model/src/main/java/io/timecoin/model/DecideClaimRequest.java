package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#DECIDE_CLAIM}: the insurer approves or rejects a FILED claim.
 *
 * @param requestId client-chosen idempotency key
 * @param claimId the claim
 * @param decision APPROVED or REJECTED
 * @param approvedAmount for APPROVED: more than zero and at most the voucher's remaining cover; for
 *     REJECTED: absent
 * @param reason why, without personal data
 */
public record DecideClaimRequest(
    String requestId,
    String claimId,
    ClaimDecision decision,
    MoneyAmount approvedAmount,
    String reason)
    implements WriteRequest {

  public DecideClaimRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    InsuranceFields.requireClaimId(Fields.required(claimId, "claimId"));
    Fields.required(decision, "decision");
    if (decision == ClaimDecision.APPROVED) {
      InsuranceFields.requirePositive(approvedAmount, "approvedAmount");
    } else if (approvedAmount != null) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "a REJECTED decision has no approvedAmount");
    }
    FreeText.requireReason(reason);
  }
}
