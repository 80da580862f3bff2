package io.timecoin.identities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import org.junit.jupiter.api.Test;

class CertificateAttributesTest {

  @Test
  void reads_role_and_branch_from_fabric_ca_attribute_extension() throws Exception {
    KeyPair keys = CertificateRequests.newKeyPair();
    String pem =
        TestCertificates.selfSigned(
            keys,
            "{\"attrs\":{\"branch\":\"henan\",\"hf.EnrollmentID\":\"branch-henan-ops\","
                + "\"hf.Type\":\"client\",\"role\":\"earning-verifier\"}}");

    assertThat(CertificateAttributes.of(Credentials.parseCertificate(pem)))
        .containsEntry("role", "earning-verifier")
        .containsEntry("branch", "henan")
        .containsEntry("hf.EnrollmentID", "branch-henan-ops");
  }

  @Test
  void a_certificate_without_the_extension_has_no_attributes() throws Exception {
    String pem = TestCertificates.selfSigned(CertificateRequests.newKeyPair(), null);
    assertThat(CertificateAttributes.of(Credentials.parseCertificate(pem))).isEmpty();
  }

  @Test
  void an_extension_that_is_not_json_is_refused_with_its_code() throws Exception {
    String pem = TestCertificates.selfSigned(CertificateRequests.newKeyPair(), "not json");
    assertThatThrownBy(() -> CertificateAttributes.of(Credentials.parseCertificate(pem)))
        .isInstanceOf(IdentityError.class)
        .hasMessageStartingWith("[CA_ANSWER_MALFORMED]");
  }
}
