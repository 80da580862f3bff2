package io.timecoin.identities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.client.Committed;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
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
    CommandLine cli =
        IdentitiesCli.commandLine(
            Map.of("TIMECOIN_ROOT", System.getProperty("timecoin.it.projectDir", "..")));
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
    try (TimeCoinLedger ledger = connect(dir, Map.of())) {
      ledger.registerVolunteer(
          new RegisterVolunteerRequest(UUID.randomUUID().toString(), volunteer));
      earned = ledger.recordEarning(earning(volunteer, "1.00"));
    }
    assertThat(earned.value().recordedBy().mspId()).isEqualTo("PlatformMSP");
    assertThat(earned.value().recordedBy().certificateId())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));

    Run listed = cli("list");
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out()).containsPattern(id + "\\s+client\\s+earning-verifier\\s+henan");

    // Another operator of the same branch, enrolled before the revocation, goes on writing.
    String colleague = unique("branch-henan-ops");
    assertThat(
            cli("register", colleague, "--role", "earning-verifier", "--branch", "henan")
                .exitCode())
        .isZero();
    assertThat(cli("enroll", colleague).exitCode()).isZero();

    // Revoked at the CA, and with --publish the CA's new CRL (signed by the org's CA key, listing
    // the certificate) is put into PlatformMSP in the channel configuration by a config update
    // signed by PlatformMSP's admin (scripts/publish-crl).
    // --ca-only: the registry on the ledger would refuse the certificate first (OperatorRulesIT);
    // here the peers' own refusal is under test.
    Run revoked = cli("revoke", id, "--reason", "keycompromise", "--publish", "--ca-only");
    assertThat(revoked.exitCode()).as(revoked.out() + revoked.err()).isZero();
    assertThat(revoked.out())
        .contains("1 certificate(s)")
        .contains("peer0.auditor has committed config block")
        .contains("every peer now refuses " + id);
    X509CRL crl = readCrl();
    crl.verify(orgCa.getPublicKey());
    assertThat(crl.isRevoked(certificate)).isTrue();

    // A fresh CRL from gencrl still lists it.
    Run crlRun = cli("crl");
    assertThat(crlRun.exitCode()).as(crlRun.err()).isZero();
    assertThat(readCrl().isRevoked(certificate)).isTrue();

    // The client would retry the refusal until its write budget ends; 5 s is enough here.
    Map<String, String> shortBudget =
        Map.of(
            LedgerConnectionConfig.environmentVariable(LedgerConnectionConfig.KEY_WRITE_TIMEOUT),
            "PT5S");
    try (TimeCoinLedger revokedOperator = connect(dir, shortBudget);
        TimeCoinLedger validOperator =
            connect(RUN_DIR.resolve("identities/platform").resolve(colleague), Map.of())) {
      assertThatThrownBy(() -> revokedOperator.recordEarning(earning(volunteer, "1.00")))
          .isInstanceOfSatisfying(
              LedgerRejectedException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.IDENTITY_REFUSED));
      // The refusal is the CRL's: the gateway peer says why in its log.
      assertThat(Files.readString(RUN_DIR.resolve("logs/peer-platform.log")))
          .contains("The certificate has been revoked");
      validOperator.recordEarning(earning(volunteer, "2.00"));
      // 1.00 before the revocation, 2.00 by the colleague after it; nothing from the refused write.
      assertThat(validOperator.getAccount(volunteer).balance()).isEqualTo(CoinAmount.parse("3.00"));
    }
  }

  @Test
  void revoked_only_at_the_ca_the_certificate_still_writes_until_the_crl_is_in_the_channel()
      throws Exception {
    String id = unique("branch-henan-ops");
    assertThat(cli("register", id, "--role", "earning-verifier", "--branch", "henan").exitCode())
        .isZero();
    assertThat(cli("enroll", id).exitCode()).isZero();
    Path dir = RUN_DIR.resolve("identities/platform").resolve(id);
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");

    Run revoked = cli("revoke", id, "--ca-only");

    assertThat(revoked.exitCode()).as(revoked.err()).isZero();
    assertThat(revoked.out()).contains("the peers still accept its certificate");
    // What the README says takes effect when: the CA's revocation alone does not reach the peers.
    try (TimeCoinLedger ledger = connect(dir, Map.of())) {
      ledger.registerVolunteer(
          new RegisterVolunteerRequest(UUID.randomUUID().toString(), volunteer));
      assertThat(ledger.recordEarning(earning(volunteer, "1.00")).value().amount()).isNotNull();
    }
  }

  @Test
  void an_expired_certificate_of_the_org_is_refused_by_the_peers_and_writes_nothing()
      throws Exception {
    // Issued by PlatformMSP's own CA key (as its Fabric CA would) but expired seconds ago: the
    // MSP still recognises it as the org's client, and the peers refuse it as expired.
    Path dir = RUN_DIR.resolve("identities/platform").resolve(unique("expired"));
    Path caDir = RUN_DIR.resolve("crypto/peerOrganizations/platform.timecoin.local/ca");
    Credentials orgCa =
        new Credentials(
            Files.readString(caDir.resolve("ca.platform.timecoin.local-cert.pem")),
            TestCertificates.readPrivateKey(caDir.resolve("priv_sk")));
    KeyPair keys = CertificateRequests.newKeyPair();
    new Credentials(TestCertificates.expiredClient(orgCa, keys, "expired-op"), keys.getPrivate())
        .save(dir);
    Map<String, String> asExpired =
        Map.of(
            LedgerConnectionConfig.environmentVariable(LedgerConnectionConfig.KEY_CERTIFICATE),
            dir.resolve("cert.pem").toString(),
            LedgerConnectionConfig.environmentVariable(LedgerConnectionConfig.KEY_PRIVATE_KEY),
            dir.resolve("key.pem").toString(),
            LedgerConnectionConfig.environmentVariable(LedgerConnectionConfig.KEY_WRITE_TIMEOUT),
            "PT5S");
    Path platformClient = RUN_DIR.resolve("clients/platform.properties");
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");

    try (TimeCoinLedger expired =
            TimeCoinLedger.connect(
                LedgerConnectionConfig.fromProperties(platformClient, asExpired));
        TimeCoinLedger platform =
            TimeCoinLedger.connect(
                LedgerConnectionConfig.fromProperties(platformClient, Map.of()))) {
      assertThatThrownBy(
              () ->
                  expired.registerVolunteer(
                      new RegisterVolunteerRequest(UUID.randomUUID().toString(), volunteer)))
          .isInstanceOfSatisfying(
              LedgerRejectedException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.IDENTITY_REFUSED));
      // Refused as expired by the other orgs' endorsers (the gateway logs their answers). The
      // gateway peer's own endorsement skips that check here, so the MAJORITY policy is what
      // stops the write.
      assertThat(Files.readString(RUN_DIR.resolve("logs/peer-platform.log")))
          .contains("proposal client identity expired");
      assertThatThrownBy(() -> platform.getAccount(volunteer))
          .isInstanceOf(LedgerRejectedException.class)
          .hasMessageContaining("NOT_FOUND");
    }
  }

  private static TimeCoinLedger connect(Path operatorDir, Map<String, String> environment) {
    return TimeCoinLedger.connect(
        LedgerConnectionConfig.fromProperties(
            operatorDir.resolve("client.properties"), environment));
  }

  private static RecordEarningRequest earning(String volunteer, String coins) {
    return new RecordEarningRequest(
        UUID.randomUUID().toString(),
        volunteer,
        unique("river-clean-up"),
        60,
        CoinAmount.parse(coins),
        "henan",
        EVIDENCE,
        "it");
  }

  private static X509CRL readCrl() throws Exception {
    return (X509CRL)
        CertificateFactory.getInstance("X.509")
            .generateCRL(
                new ByteArrayInputStream(
                    Files.readAllBytes(RUN_DIR.resolve("identities/platform/crl.pem"))));
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
