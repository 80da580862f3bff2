package io.timecoin.chaincode.access;

import io.timecoin.model.OrgRole;
import io.timecoin.model.Recorder;

/**
 * The submitter of one transaction, once {@link AccessPolicy} has allowed it.
 *
 * @param mspId the submitter's organisation
 * @param role what that organisation may do
 * @param certificateId SHA-256 (hex) of the submitter's certificate, DER-encoded
 * @param operator the operator roles and branch its certificate carries (none for an org's service
 *     identity)
 */
public record Submitter(
    String mspId, OrgRole role, String certificateId, OperatorAttributes operator) {

  /** A submitter whose certificate carries no operator attributes. */
  public Submitter(String mspId, OrgRole role, String certificateId) {
    this(mspId, role, certificateId, OperatorAttributes.NONE);
  }

  /** The branch its certificate names, or {@code null}. */
  public String branch() {
    return operator.branch();
  }

  /** How the submitter is recorded on entries it writes: organisation, certificate, branch. */
  public Recorder recorder() {
    return new Recorder(mspId, certificateId, operator.branch());
  }
}
