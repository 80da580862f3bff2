package io.timecoin.chaincode.access;

import io.timecoin.model.OrgRole;
import io.timecoin.model.Recorder;

/**
 * The submitter of one transaction, once {@link AccessPolicy} has allowed it.
 *
 * @param mspId the submitter's organisation
 * @param role what that organisation may do
 * @param certificateId SHA-256 (hex) of the submitter's certificate, DER-encoded
 */
public record Submitter(String mspId, OrgRole role, String certificateId) {

  /** How the submitter is recorded on entries it writes. */
  public Recorder recorder() {
    return new Recorder(mspId, certificateId);
  }
}
