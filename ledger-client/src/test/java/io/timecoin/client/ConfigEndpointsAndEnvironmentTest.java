package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several gateway endpoints and environment overrides in the connection file. */
class ConfigEndpointsAndEnvironmentTest {

  private static final String BASE =
      """
      timecoin.peer.endpoint=127.0.0.1:7051
      timecoin.peer.hostnameOverride=peer0.platform.timecoin.local
      timecoin.peer.tlsRootCert=/abs/tls/ca.crt
      timecoin.msp.id=PlatformMSP
      timecoin.identity.certificate=/abs/msp/cert.pem
      timecoin.identity.privateKey=/abs/msp/priv_sk
      timecoin.channel=timecoin
      timecoin.chaincode=timecoin
      """;

  @TempDir Path folder;

  @Test
  void further_endpoints_are_read_in_order_with_their_own_tls_settings() throws Exception {
    Path file =
        write(
            BASE
                + """
                timecoin.peer.2.endpoint=127.0.0.1:7151
                timecoin.peer.2.hostnameOverride=peer1.platform.timecoin.local
                timecoin.peer.3.endpoint=peer2.platform.example.com:7251
                timecoin.peer.3.tlsRootCert=other/ca.crt
                """);

    LedgerConnectionConfig config = LedgerConnectionConfig.fromProperties(file, Map.of());

    assertThat(config.endpoints())
        .containsExactly(
            GatewayEndpoint.of(
                "127.0.0.1:7051", Path.of("/abs/tls/ca.crt"), "peer0.platform.timecoin.local"),
            GatewayEndpoint.of(
                "127.0.0.1:7151", Path.of("/abs/tls/ca.crt"), "peer1.platform.timecoin.local"),
            GatewayEndpoint.of(
                "peer2.platform.example.com:7251", folder.resolve("other/ca.crt").normalize()));
    assertThat(config.peerEndpoint()).isEqualTo("127.0.0.1:7051");
  }

  @Test
  void a_gap_in_the_endpoint_numbers_names_the_missing_key() throws Exception {
    Path file = write(BASE + "timecoin.peer.3.endpoint=127.0.0.1:7251\n");

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.peer.2.endpoint")
        .hasMessageContaining(file.toString());
  }

  @Test
  void an_unknown_numbered_key_is_refused_by_name() throws Exception {
    Path file = write(BASE + "timecoin.peer.2.port=7151\n");

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.peer.2.port");
  }

  @Test
  void a_bad_further_endpoint_names_its_key() throws Exception {
    Path file = write(BASE + "timecoin.peer.2.endpoint=no-port\n");

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.peer.2.endpoint");
  }

  @Test
  void environment_variables_override_the_file_key_by_key() throws Exception {
    Path file = write(BASE);

    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(
            file,
            Map.of(
                "TIMECOIN_LEDGER_MSP_ID", "AuditorMSP",
                "TIMECOIN_LEDGER_TIMEOUT_COMMIT_STATUS", "PT2S",
                "TIMECOIN_LEDGER_IDENTITY_PRIVATE_KEY", "keys/priv_sk",
                "TIMECOIN_LEDGER_CHANNEL", " "));

    assertThat(config.mspId()).isEqualTo("AuditorMSP");
    assertThat(config.commitStatusTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.privateKey()).isEqualTo(folder.resolve("keys/priv_sk"));
    // A blank variable does not override.
    assertThat(config.channelName()).isEqualTo("timecoin");
  }

  @Test
  void the_endpoint_list_variable_replaces_the_addresses_and_keeps_tls_settings_by_position()
      throws Exception {
    Path file = write(BASE);

    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(
            file, Map.of("TIMECOIN_LEDGER_ENDPOINTS", "10.0.0.5:7051, 10.0.0.6:7051"));

    assertThat(config.endpoints())
        .extracting(GatewayEndpoint::address)
        .containsExactly("10.0.0.5:7051", "10.0.0.6:7051");
    assertThat(config.endpoints().get(0).tlsHostnameOverride())
        .contains("peer0.platform.timecoin.local");
    assertThat(config.endpoints().get(1).tlsRootCertificate())
        .isEqualTo(Path.of("/abs/tls/ca.crt"));
  }

  @Test
  void a_bad_value_from_the_environment_names_the_variable() throws Exception {
    Path file = write(BASE);

    assertThatThrownBy(
            () ->
                LedgerConnectionConfig.fromProperties(
                    file, Map.of("TIMECOIN_LEDGER_TIMEOUT_EVALUATE", "5s")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("environment variable TIMECOIN_LEDGER_TIMEOUT_EVALUATE");
    assertThatThrownBy(
            () ->
                LedgerConnectionConfig.fromProperties(
                    file, Map.of("TIMECOIN_LEDGER_ENDPOINTS", "10.0.0.5:7051,,10.0.0.6:7051")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TIMECOIN_LEDGER_ENDPOINTS");
  }

  @Test
  void a_required_key_may_come_from_the_environment_alone() throws Exception {
    Path file = write(BASE.replace("timecoin.chaincode=timecoin\n", ""));

    assertThat(
            LedgerConnectionConfig.fromProperties(
                    file, Map.of("TIMECOIN_LEDGER_CHAINCODE", "timecoin2"))
                .chaincodeName())
        .isEqualTo("timecoin2");
    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.chaincode");
  }

  @Test
  void environment_variable_names_follow_one_rule() {
    assertThat(LedgerConnectionConfig.environmentVariable("timecoin.peer.endpoint"))
        .isEqualTo("TIMECOIN_LEDGER_PEER_ENDPOINT");
    assertThat(LedgerConnectionConfig.environmentVariable("timecoin.peer.tlsRootCert"))
        .isEqualTo("TIMECOIN_LEDGER_PEER_TLS_ROOT_CERT");
    assertThat(LedgerConnectionConfig.environmentVariable("timecoin.peer.2.hostnameOverride"))
        .isEqualTo("TIMECOIN_LEDGER_PEER_2_HOSTNAME_OVERRIDE");
    assertThat(LedgerConnectionConfig.environmentVariable("timecoin.timeout.commitStatus"))
        .isEqualTo("TIMECOIN_LEDGER_TIMEOUT_COMMIT_STATUS");
  }

  @Test
  void the_builder_adds_endpoints_after_the_first() {
    LedgerConnectionConfig config =
        LedgerConnectionConfig.builder()
            .peerEndpoint("127.0.0.1:7051")
            .tlsRootCertificate(Path.of("ca.crt"))
            .addEndpoint(GatewayEndpoint.of("127.0.0.1:7151", Path.of("ca.crt")))
            .mspId("PlatformMSP")
            .clientCertificate(Path.of("cert.pem"))
            .privateKey(Path.of("priv_sk"))
            .channelName("timecoin")
            .chaincodeName("timecoin")
            .build();

    assertThat(config.endpoints())
        .extracting(GatewayEndpoint::address)
        .containsExactly("127.0.0.1:7051", "127.0.0.1:7151");
    assertThatThrownBy(() -> GatewayEndpoint.of("127.0.0.1:0", Path.of("ca.crt")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Path write(String text) throws Exception {
    Path file = folder.resolve("platform.properties");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
