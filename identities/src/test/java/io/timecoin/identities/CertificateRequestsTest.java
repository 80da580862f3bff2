package io.timecoin.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.security.KeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;

class CertificateRequestsTest {

  @Test
  void request_names_the_enrollment_id_and_is_signed_by_the_new_key() throws Exception {
    KeyPair keys = CertificateRequests.newKeyPair();
    String pem = CertificateRequests.csrPem("branch-henan-ops", keys);

    assertThat(pem).startsWith("-----BEGIN CERTIFICATE REQUEST-----");
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      PKCS10CertificationRequest request = (PKCS10CertificationRequest) parser.readObject();
      assertThat(request.getSubject().toString()).isEqualTo("CN=branch-henan-ops");
      assertThat(
              request.isSignatureValid(
                  new JcaContentVerifierProviderBuilder().build(keys.getPublic())))
          .isTrue();
    }
  }
}
