package io.timecoin.model;

/**
 * An operator identity's standing in its organisation's registry on the ledger.
 *
 * @param mspId the identity's organisation
 * @param certificateId SHA-256 (hex) of the identity's certificate
 * @param status its standing; ACTIVE for an identity never named in the registry
 * @param reason why it was last changed, else {@code null}
 * @param changedAt ISO-8601 UTC timestamp of the last change, else {@code null}
 * @param changedBy who made the last change, else {@code null}
 * @param txId the transaction of the last change, else {@code null}
 */
public record OperatorStatusView(
    String mspId,
    String certificateId,
    OperatorStatus status,
    String reason,
    String changedAt,
    Recorder changedBy,
    String txId) {

  public OperatorStatusView {
    Fields.required(mspId, "mspId");
    Identifiers.requireCertificateId(Fields.required(certificateId, "certificateId"));
    Fields.required(status, "status");
  }

  /** The standing of an identity the registry has never named. */
  public static OperatorStatusView neverChanged(String mspId, String certificateId) {
    return new OperatorStatusView(
        mspId, certificateId, OperatorStatus.ACTIVE, null, null, null, null);
  }
}
