package io.timecoin.audit.msp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Set;

/**
 * An identity that a channel MSP recognised: its MSP id, certificate and organisational units.
 *
 * @param mspId the MSP that validated the certificate
 * @param certificate the X.509 certificate
 * @param organizationalUnits the OU values of the certificate subject (Fabric NodeOUs among them)
 */
public record Identity(String mspId, X509Certificate certificate, Set<String> organizationalUnits) {

  public Identity {
    organizationalUnits = Set.copyOf(organizationalUnits);
  }

  /** A short, stable name for reports: the MSP id and the first bytes of the certificate hash. */
  public String shortName() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return mspId + ":" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      return mspId;
    }
  }

  /** Whether the signature over {@code message} was made with this identity's key. */
  public boolean verifies(byte[] message, byte[] signature) {
    return Signatures.verify(certificate.getPublicKey(), message, signature);
  }
}
