package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#GET_OPERATOR_STATUS}.
 *
 * @param mspId the identity's organisation
 * @param certificateId SHA-256 (hex) of the identity's certificate
 */
public record OperatorStatusQuery(String mspId, String certificateId) {

  public OperatorStatusQuery {
    OrgRequestId.requireMspId(Fields.required(mspId, "mspId"));
    Identifiers.requireCertificateId(Fields.required(certificateId, "certificateId"));
  }
}
