package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#SET_PLATFORM_OPERATOR_STATUS} and {@link
 * TransactionNames#SET_INSURER_OPERATOR_STATUS}: suspend, reinstate or revoke one of the calling
 * organisation's own operator identities, by certificate id, on the ledger. The chaincode refuses
 * the identity's next write from the block after this one commits.
 *
 * @param requestId client-chosen idempotency key
 * @param mspId the organisation the identity belongs to: must be the caller's ({@code
 *     OPERATOR_OF_ANOTHER_ORG} otherwise)
 * @param certificateId SHA-256 (hex) of the identity's certificate, as entries record it
 * @param status the new standing, different from the current one
 * @param reason why, 1-200 characters without control characters; kept on the ledger, so never
 *     personal data
 */
public record SetOperatorStatusRequest(
    String requestId, String mspId, String certificateId, OperatorStatus status, String reason)
    implements WriteRequest {

  public SetOperatorStatusRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    OrgRequestId.requireMspId(Fields.required(mspId, "mspId"));
    Identifiers.requireCertificateId(Fields.required(certificateId, "certificateId"));
    Fields.required(status, "status");
    FreeText.requireReason(reason);
  }
}
