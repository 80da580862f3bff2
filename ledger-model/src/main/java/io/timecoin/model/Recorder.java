package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who submitted the transaction that wrote an entry.
 *
 * @param mspId the submitting client's organisation (MSP id)
 * @param certificateId SHA-256 (lowercase hex) of the client certificate's DER encoding; the
 *     certificate's names are deliberately not recorded
 * @param branch the {@code branch} attribute of an operator's certificate (a branch's earning
 *     verifier), else {@code null} and left out of the JSON, so entries written before operators
 *     had branches read and hash as they did
 */
public record Recorder(
    String mspId, String certificateId, @JsonInclude(JsonInclude.Include.NON_NULL) String branch) {

  public Recorder {
    Fields.required(mspId, "mspId");
    Fields.required(certificateId, "certificateId");
    if (branch != null) {
      Identifiers.requireVerifierId(branch);
    }
  }

  /** A submitter without a branch. */
  public Recorder(String mspId, String certificateId) {
    this(mspId, certificateId, null);
  }
}
