package io.timecoin.model;

/**
 * Who submitted the transaction that wrote an entry.
 *
 * @param mspId the submitting client's organisation (MSP id)
 * @param certificateId SHA-256 (lowercase hex) of the client certificate's DER encoding; the
 *     certificate's names are deliberately not recorded
 */
public record Recorder(String mspId, String certificateId) {

  public Recorder {
    Fields.required(mspId, "mspId");
    Fields.required(certificateId, "certificateId");
  }
}
