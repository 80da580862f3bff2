package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#MARK_CLAIM_PAID}: the insurer has paid an APPROVED claim.
 *
 * @param requestId client-chosen idempotency key
 * @param claimId the claim
 * @param paymentReference the insurer's reference of the payment (not an account number)
 */
public record MarkClaimPaidRequest(String requestId, String claimId, String paymentReference)
    implements WriteRequest {

  public MarkClaimPaidRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    InsuranceFields.requireClaimId(Fields.required(claimId, "claimId"));
    InsuranceFields.requirePaymentReference(Fields.required(paymentReference, "paymentReference"));
  }
}
