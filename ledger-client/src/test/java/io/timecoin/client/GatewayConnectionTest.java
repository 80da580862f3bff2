package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Duration;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConnectionTest {

  @TempDir Path dir;

  private TestCredentials client;
  private TestCredentials tlsCa;

  @BeforeEach
  void writeCredentials() {
    client = TestCredentials.writeTo(dir.resolve("msp"), "User1@platform.timecoin.local");
    tlsCa = TestCredentials.writeTo(dir.resolve("tls"), "tlsca.platform.timecoin.local");
  }

  @Test
  void the_written_key_file_is_pkcs8_pem_as_cryptogen_writes_it() throws Exception {
    assertThat(Files.readString(client.privateKeyFile, StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN PRIVATE KEY-----");
  }

  @Test
  void loads_the_client_certificate_as_an_identity_of_the_configured_msp() {
    X509Identity identity = GatewayConnection.newIdentity(config().build());

    assertThat(identity.getMspId()).isEqualTo("PlatformMSP");
    assertThat(identity.getCertificate()).isEqualTo(client.certificate);
  }

  @Test
  void signs_digests_with_the_pkcs8_key_so_that_the_certificate_verifies_them() throws Exception {
    Signer signer = GatewayConnection.newSigner(config().build());
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest("proposal".getBytes(StandardCharsets.UTF_8));

    byte[] signature = signer.sign(digest);

    Signature verifier = Signature.getInstance("NONEwithECDSA");
    verifier.initVerify(client.certificate.getPublicKey());
    verifier.update(digest);
    assertThat(verifier.verify(signature)).isTrue();
  }

  @Test
  void a_signature_from_another_key_does_not_verify_against_the_certificate() throws Exception {
    TestCredentials other = TestCredentials.writeTo(dir.resolve("other"), "Intruder");
    Signer signer = GatewayConnection.newSigner(config().privateKey(other.privateKeyFile).build());
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(new byte[] {1, 2, 3});

    byte[] signature = signer.sign(digest);

    Signature verifier = Signature.getInstance("NONEwithECDSA");
    verifier.initVerify(client.certificate.getPublicKey());
    verifier.update(digest);
    assertThat(verifier.verify(signature)).isFalse();
  }

  @Test
  void names_the_file_when_the_key_file_holds_a_certificate_instead_of_a_key() {
    LedgerConnectionConfig config = config().privateKey(client.certificateFile).build();

    assertThatThrownBy(() -> GatewayConnection.newSigner(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(client.certificateFile.toString());
  }

  @Test
  void names_the_file_when_the_certificate_file_holds_no_certificate() throws Exception {
    Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate\n");
    LedgerConnectionConfig config = config().clientCertificate(garbage).build();

    assertThatThrownBy(() -> GatewayConnection.newIdentity(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(garbage.toString());
  }

  @Test
  void names_the_file_when_the_certificate_file_is_missing() {
    Path missing = dir.resolve("msp/signcerts/none.pem");
    LedgerConnectionConfig config = config().clientCertificate(missing).build();

    assertThatThrownBy(() -> GatewayConnection.newIdentity(config))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void refuses_to_connect_when_the_tls_root_file_holds_no_certificate() {
    LedgerConnectionConfig config = config().tlsRootCertificate(client.privateKeyFile).build();

    assertThatThrownBy(() -> TimeCoinLedger.connect(config))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(client.privateKeyFile.toString());
  }

  @Test
  void connects_without_network_traffic_and_closes_twice_without_error() {
    TimeCoinLedger ledger = TimeCoinLedger.connect(config().build());

    ledger.close();
    ledger.close();

    assertThatThrownBy(() -> ledger.getAccount("vol-1")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_query_to_a_port_where_no_peer_listens_is_unavailable_and_wrote_nothing() throws Exception {
    LedgerConnectionConfig config =
        config()
            .peerEndpoint("127.0.0.1:" + closedLoopbackPort())
            .evaluateTimeout(Duration.ofSeconds(5))
            .build();

    try (TimeCoinLedger ledger = TimeCoinLedger.connect(config)) {
      assertThatThrownBy(() -> ledger.getAccount("vol-1"))
          .isInstanceOfSatisfying(
              LedgerUnavailableException.class,
              unavailable -> assertThat(unavailable.outcomeUnknown()).isFalse());
    }
  }

  private LedgerConnectionConfig.Builder config() {
    return LedgerConnectionConfig.builder()
        .peerEndpoint("127.0.0.1:7051")
        .tlsHostnameOverride("peer0.platform.timecoin.local")
        .tlsRootCertificate(tlsCa.certificateFile)
        .mspId("PlatformMSP")
        .clientCertificate(client.certificateFile)
        .privateKey(client.privateKeyFile)
        .channelName("timecoin")
        .chaincodeName("timecoin");
  }

  /** A loopback port that was free a moment ago; nothing listens on it. */
  private static int closedLoopbackPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
