package io.timecoin.identities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is refused before anything is sent: the CA here is an address nothing listens on, so a
 * request that got through would fail with CA_UNAVAILABLE instead of INVALID_INPUT.
 */
class OperatorsInputTest {

  @TempDir Path dir;

  private Operators operators(String org) throws Exception {
    KeyPair keys = CertificateRequests.newKeyPair();
    Path root = dir.resolve("ca.pem");
    Files.writeString(root, TestCertificates.selfSigned(keys, null));
    CaSettings settings =
        new CaSettings(
            "https://127.0.0.1:9",
            "ca-" + org,
            root,
            "registrar",
            dir.resolve("none"),
            dir.resolve("none"),
            dir.resolve("identities"));
    return new Operators(new FabricCa(settings), org);
  }

  @Test
  void refuses_an_unknown_role_naming_the_valid_ones() throws Exception {
    assertThatThrownBy(() -> operators("platform").register("branch-henan-ops", "minter", "henan"))
        .hasMessageStartingWith("[INVALID_INPUT] unknown role 'minter'")
        .hasMessageContaining("earning-verifier");
  }

  @Test
  void refuses_a_role_of_another_org() throws Exception {
    assertThatThrownBy(() -> operators("platform").register("claims-1", "claims-officer", null))
        .hasMessageStartingWith(
            "[INVALID_INPUT] role 'claims-officer' is issued by the insurer CA");
  }

  @Test
  void an_earning_verifier_needs_a_well_formed_branch() throws Exception {
    assertThatThrownBy(() -> operators("platform").register("ops-1", "earning-verifier", null))
        .hasMessageStartingWith("[INVALID_INPUT] role 'earning-verifier' needs --branch");
    assertThatThrownBy(() -> operators("platform").register("ops-1", "earning-verifier", "He Nan"))
        .hasMessageStartingWith("[INVALID_INPUT]");
  }

  @Test
  void refuses_malformed_ids_and_revocation_reasons() throws Exception {
    assertThatThrownBy(() -> operators("insurer").register("Bob Smith", "claims-officer", null))
        .hasMessageStartingWith("[INVALID_INPUT] an operator id is");
    assertThatThrownBy(() -> operators("insurer").revoke("claims-1", "because"))
        .hasMessageStartingWith("[INVALID_INPUT] unknown revocation reason");
  }

  @Test
  void a_well_formed_request_reaches_for_the_ca() throws Exception {
    // The registrar's secret file is missing, so this fails at the first real step.
    assertThatThrownBy(() -> operators("insurer").register("claims-1", "claims-officer", null))
        .isInstanceOf(IdentityError.class)
        .hasMessageStartingWith("[CONFIG_UNREADABLE] no secret in");
  }

  @Test
  void saved_private_keys_are_readable_by_their_owner_only() throws Exception {
    KeyPair keys = CertificateRequests.newKeyPair();
    Credentials credentials =
        new Credentials(TestCertificates.selfSigned(keys, null), keys.getPrivate());
    credentials.save(dir.resolve("op"));

    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("op/key.pem"))))
        .isEqualTo("rw-------");
    assertThat(Credentials.load(dir.resolve("op")).orElseThrow().privateKey().getEncoded())
        .isEqualTo(keys.getPrivate().getEncoded());
    assertThat(credentials.toString()).doesNotContain("PRIVATE").contains("key hidden");
  }
}
