package io.timecoin.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.junit.jupiter.api.Test;

class AuthTokenTest {

  private static final BigInteger HALF_ORDER =
      ECNamedCurveTable.getByName("secp256r1").getN().shiftRight(1);

  @Test
  void token_is_the_certificate_and_a_low_s_signature_over_method_uri_body_and_certificate()
      throws Exception {
    KeyPair keys = CertificateRequests.newKeyPair();
    Credentials caller =
        new Credentials(TestCertificates.selfSigned(keys, null), keys.getPrivate());
    byte[] body = "{\"id\":\"branch-henan-ops\"}".getBytes(StandardCharsets.UTF_8);
    Base64.Encoder b64 = Base64.getEncoder();

    for (int i = 0; i < 20; i++) { // ECDSA is randomised: about half the raw signatures have high S
      String token = AuthToken.create(caller, "POST", "/api/v1/register", body);

      String[] parts = token.split("\\.");
      assertThat(parts).hasSize(2);
      String b64Cert =
          b64.encodeToString(caller.certificatePem().getBytes(StandardCharsets.US_ASCII));
      assertThat(parts[0]).isEqualTo(b64Cert);
      byte[] signature = Base64.getDecoder().decode(parts[1]);
      String signed =
          "POST."
              + b64.encodeToString("/api/v1/register".getBytes(StandardCharsets.UTF_8))
              + "."
              + b64.encodeToString(body)
              + "."
              + b64Cert;
      Signature verifier = Signature.getInstance("SHA256withECDSA");
      verifier.initVerify(keys.getPublic());
      verifier.update(signed.getBytes(StandardCharsets.UTF_8));
      assertThat(verifier.verify(signature)).isTrue();
      BigInteger s =
          ASN1Integer.getInstance(ASN1Sequence.getInstance(signature).getObjectAt(1)).getValue();
      assertThat(s).isLessThanOrEqualTo(HALF_ORDER);
    }
  }

  @Test
  void a_signature_over_another_uri_does_not_verify() throws Exception {
    KeyPair keys = CertificateRequests.newKeyPair();
    Credentials caller =
        new Credentials(TestCertificates.selfSigned(keys, null), keys.getPrivate());
    String token = AuthToken.create(caller, "POST", "/api/v1/revoke", new byte[0]);
    Base64.Encoder b64 = Base64.getEncoder();
    String otherUri =
        "POST."
            + b64.encodeToString("/api/v1/register".getBytes(StandardCharsets.UTF_8))
            + ".."
            + token.split("\\.")[0];
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(keys.getPublic());
    verifier.update(otherUri.getBytes(StandardCharsets.UTF_8));
    assertThat(verifier.verify(Base64.getDecoder().decode(token.split("\\.")[1]))).isFalse();
  }
}
