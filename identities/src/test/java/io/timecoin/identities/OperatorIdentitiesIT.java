package io.timecoin.identities;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.client.Committed;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Against the real native network the build brings up (scripts/network up, with one Fabric CA per
 * org): operators are registered, enrolled, listed and revoked through {@code timecoin identities},
 * and an enrolled operator writes through ledger-client as itself.
 */
class OperatorIdentitiesIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final Path RUN_DIR =
      Path.of(System.getProperty("timecoin.it.runDir", "target/it-network")).toAbsolutePath();

  private record Run(int exitCode, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = IdentitiesCli.commandLine(Map.of());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    all[0] = "--run-dir";
    all[1] = RUN_DIR.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code = cli.execute(all);
    return new Run(code, out.toString(), err.toString());
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void branch_verifier_is_enrolled_with_its_attributes_writes_as_itself_and_is_revoked_by_crl()
      throws Exception {
    String id = unique("branch-henan-ops");

    Run registered = cli("register", id, "--role", "earning-verifier", "--branch", "henan");
    assertThat(registered.exitCode()).as(registered.err()).isZero();
    Path dir = RUN_DIR.resolve("identities/platform").resolve(id);
    String secret = Files.readString(dir.resolve("enrollment.secret")).trim();
    assertThat(registered.out()).doesNotContain(secret);

    Run enrolled = cli("enroll", id);
    assertThat(enrolled.exitCode()).as(enrolled.err()).isZero();
    assertThat(enrolled.out()).doesNotContain("PRIVATE KEY").doesNotContain(secret);
    assertThat(dir.resolve("enrollment.secret")).doesNotExist();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("key.pem"))))
        .isEqualTo("rw-------");

    // The enrollment certificate carries the role and branch (extension 1.2.3.4.5.6.7.8.1) and
    // is issued by the org's CA, so PlatformMSP accepts it as a client.
    X509Certificate certificate =
        Credentials.parseCertificate(Files.readString(dir.resolve("cert.pem")));
    assertThat(CertificateAttributes.of(certificate))
        .containsEntry("role", "earning-verifier")
        .containsEntry("branch", "henan")
        .containsEntry("hf.EnrollmentID", id);
    assertThat(certificate.getSubjectX500Principal().getName()).contains("OU=client", "CN=" + id);
    X509Certificate orgCa = orgCaCertificate();
    certificate.verify(orgCa.getPublicKey());

    // The operator writes through ledger-client with the config enroll wrote; the ledger records
    // its certificate, not the org's shared client identity.
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");
    Committed<EntryView> earned;
    try (TimeCoinLedger ledger =
        TimeCoinLedger.connect(
            LedgerConnectionConfig.fromProperties(dir.resolve("client.properties"), Map.of()))) {
      ledger.registerVolunteer(
          new RegisterVolunteerRequest(UUID.randomUUID().toString(), volunteer));
      earned =
          ledger.recordEarning(
              new RecordEarningRequest(
                  UUID.randomUUID().toString(),
                  volunteer,
                  "river-clean-up",
                  60,
                  CoinAmount.parse("1.00"),
                  "henan",
                  EVIDENCE,
                  "it"));
    }
    assertThat(earned.value().recordedBy().mspId()).isEqualTo("PlatformMSP");
    assertThat(earned.value().recordedBy().certificateId())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));

    Run listed = cli("list");
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).containsPattern(id + "\\s+client\\s+earning-verifier\\s+henan");

    // Revoked at the CA: the new CRL, signed by the org's CA key, lists the certificate.
    Run revoked = cli("revoke", id, "--reason", "keycompromise");
    assertThat(revoked.exitCode()).as(revoked.err()).isZero();
    X509CRL crl =
        (X509CRL)
            CertificateFactory.getInstance("X.509")
                .generateCRL(
                    new ByteArrayInputStream(
                        Files.readAllBytes(RUN_DIR.resolve("identities/platform/crl.pem"))));
    crl.verify(orgCa.getPublicKey());
    assertThat(crl.isRevoked(certificate)).isTrue();
    assertThat(revoked.out()).contains("1 certificate(s)");

    // A fresh CRL from gencrl still lists it.
    Run crlRun = cli("crl");
    assertThat(crlRun.exitCode()).as(crlRun.err()).isZero();
    X509CRL again =
        (X509CRL)
            CertificateFactory.getInstance("X.509")
                .generateCRL(
                    new ByteArrayInputStream(
                        Files.readAllBytes(RUN_DIR.resolve("identities/platform/crl.pem"))));
    assertThat(again.isRevoked(certificate)).isTrue();
  }

  @Test
  void a_revoked_registration_can_no_longer_enroll() {
    String id = unique("claims-officer");
    assertThat(cli("--org", "insurer", "register", id, "--role", "claims-officer").exitCode())
        .isZero();
    assertThat(cli("--org", "insurer", "revoke", id).exitCode()).isZero();

    Run enroll = cli("--org", "insurer", "enroll", id);

    assertThat(enroll.exitCode()).isEqualTo(3);
    assertThat(enroll.err()).startsWith("[CA_REFUSED] ca-insurer refused /api/v1/enroll");
  }

  @Test
  void bad_input_is_refused_with_its_code_and_registers_nothing() {
    String id = unique("ops");
    Run wrongOrgRole = cli("register", id, "--role", "claims-officer");
    Run noBranch = cli("register", id, "--role", "earning-verifier");

    assertThat(wrongOrgRole.exitCode()).isEqualTo(2);
    assertThat(wrongOrgRole.err())
        .startsWith("[INVALID_INPUT] role 'claims-officer' is issued by the insurer CA");
    assertThat(noBranch.exitCode()).isEqualTo(2);
    assertThat(cli("list").out()).doesNotContain(id);
  }

  private static X509Certificate orgCaCertificate() throws Exception {
    Path ca =
        RUN_DIR.resolve(
            "crypto/peerOrganizations/platform.timecoin.local/ca/ca.platform.timecoin.local-cert.pem");
    return Credentials.parseCertificate(Files.readString(ca));
  }
}
