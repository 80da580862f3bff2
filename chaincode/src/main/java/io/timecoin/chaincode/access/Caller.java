package io.timecoin.chaincode.access;

import io.timecoin.model.Recorder;

/**
 * An authorised caller of one transaction.
 *
 * @param mspId the caller's organisation
 * @param role what that organisation may do
 * @param certificateId SHA-256 (hex) of the caller's certificate, DER-encoded
 */
public record Caller(String mspId, AccessPolicy.Role role, String certificateId) {

  /** How the caller is recorded on entries it writes. */
  public Recorder recorder() {
    return new Recorder(mspId, certificateId);
  }
}
