package io.timecoin.chaincode.contract;

import com.google.protobuf.InvalidProtocolBufferException;
import io.timecoin.chaincode.access.OperatorAttributes;
import io.timecoin.model.LedgerValidationException;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/** The submitter's certificate read straight from the creator bytes, when the shim cannot. */
final class CreatorCertificate {

  private CreatorCertificate() {}

  /**
   * Why the creator's certificate attributes cannot be read, if that is why: empty when the creator
   * is no X.509 certificate at all or its attributes read fine.
   */
  static Optional<LedgerValidationException> attributeProblem(byte[] creator) {
    X509Certificate certificate;
    try {
      byte[] pem = SerializedIdentity.parseFrom(creator).getIdBytes().toByteArray();
      certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(pem));
    } catch (InvalidProtocolBufferException | CertificateException | RuntimeException e) {
      return Optional.empty();
    }
    try {
      OperatorAttributes.of(certificate);
      return Optional.empty();
    } catch (LedgerValidationException e) {
      return Optional.of(e);
    }
  }
}
