package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerConnectionConfigTest {

  private static final String NETWORK_SCRIPT_FILE =
      """
      # written by scripts/network
      timecoin.peer.endpoint=127.0.0.1:7051
      timecoin.peer.hostnameOverride=peer0.platform.timecoin.local
      timecoin.peer.tlsRootCert=%s
      timecoin.msp.id=PlatformMSP
      timecoin.platform.msp.id=PlatformMSP
      timecoin.insurer.msp.id=InsurerMSP
      timecoin.identity.certificate=%s
      timecoin.identity.privateKey=%s
      timecoin.channel=timecoin
      timecoin.chaincode=timecoin
      """;

  @TempDir Path runDir;

  @Test
  void reads_every_key_of_the_file_the_network_script_writes() throws Exception {
    Path file =
        write(
            "clients/platform.properties",
            NETWORK_SCRIPT_FILE.formatted(
                "/abs/tls/ca.crt", "/abs/msp/cert.pem", "/abs/msp/priv_sk"));

    LedgerConnectionConfig config = LedgerConnectionConfig.fromProperties(file);

    assertThat(config.peerEndpoint()).isEqualTo("127.0.0.1:7051");
    assertThat(config.tlsHostnameOverride()).contains("peer0.platform.timecoin.local");
    assertThat(config.tlsRootCertificate()).isEqualTo(Path.of("/abs/tls/ca.crt"));
    assertThat(config.mspId()).isEqualTo("PlatformMSP");
    assertThat(config.clientCertificate()).isEqualTo(Path.of("/abs/msp/cert.pem"));
    assertThat(config.privateKey()).isEqualTo(Path.of("/abs/msp/priv_sk"));
    assertThat(config.channelName()).isEqualTo("timecoin");
    assertThat(config.chaincodeName()).isEqualTo("timecoin");
    assertThat(config.platformMspId()).contains("PlatformMSP");
    assertThat(config.insurerMspId()).contains("InsurerMSP");
  }

  @Test
  void the_orgs_that_endorse_insurance_writes_are_optional_and_overridable() throws Exception {
    Path file =
        write(
            "clients/auditor.properties",
            withoutLine(
                withoutLine(
                    NETWORK_SCRIPT_FILE.formatted("/abs/ca.crt", "/abs/cert.pem", "/abs/priv_sk"),
                    "timecoin.platform.msp.id"),
                "timecoin.insurer.msp.id"));

    LedgerConnectionConfig bare = LedgerConnectionConfig.fromProperties(file);
    LedgerConnectionConfig overridden =
        LedgerConnectionConfig.fromProperties(
            file, Map.of("TIMECOIN_LEDGER_INSURER_MSP_ID", "OtherInsurerMSP"));

    assertThat(bare.platformMspId()).isEmpty();
    assertThat(bare.insurerMspId()).isEmpty();
    assertThat(overridden.insurerMspId()).contains("OtherInsurerMSP");
  }

  @Test
  void resolves_relative_paths_against_the_folder_that_holds_the_file() throws Exception {
    Path file =
        write(
            "clients/platform.properties",
            NETWORK_SCRIPT_FILE.formatted(
                "../crypto/peer/tls/ca.crt", "msp/signcerts/cert.pem", "./msp/keystore/priv_sk"));

    LedgerConnectionConfig config = LedgerConnectionConfig.fromProperties(file);

    assertThat(config.tlsRootCertificate()).isEqualTo(runDir.resolve("crypto/peer/tls/ca.crt"));
    assertThat(config.clientCertificate())
        .isEqualTo(runDir.resolve("clients/msp/signcerts/cert.pem"));
    assertThat(config.privateKey()).isEqualTo(runDir.resolve("clients/msp/keystore/priv_sk"));
  }

  @Test
  void uses_the_default_deadlines_when_the_file_sets_none() throws Exception {
    LedgerConnectionConfig config = LedgerConnectionConfig.fromProperties(completeFile());

    assertThat(config.evaluateTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.endorseTimeout()).isEqualTo(Duration.ofSeconds(15));
    assertThat(config.submitTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.commitStatusTimeout()).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void reads_optional_deadlines_as_iso_8601_durations() throws Exception {
    Path file =
        write(
            "org.properties",
            NETWORK_SCRIPT_FILE.formatted("ca.crt", "cert.pem", "priv_sk")
                + "timecoin.timeout.evaluate=PT2S\n"
                + "timecoin.timeout.endorse=PT20S\n"
                + "timecoin.timeout.submit=PT3S\n"
                + "timecoin.timeout.commitStatus=PT2M\n");

    LedgerConnectionConfig config = LedgerConnectionConfig.fromProperties(file);

    assertThat(config.evaluateTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(config.endorseTimeout()).isEqualTo(Duration.ofSeconds(20));
    assertThat(config.submitTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(config.commitStatusTimeout()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void a_write_has_a_time_budget_that_a_service_can_shorten() throws Exception {
    LedgerConnectionConfig defaults = LedgerConnectionConfig.fromProperties(completeFile());
    Path file =
        write(
            "budget.properties",
            NETWORK_SCRIPT_FILE.formatted("ca.crt", "cert.pem", "priv_sk")
                + "timecoin.timeout.write=PT45S\n");

    assertThat(defaults.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(LedgerConnectionConfig.fromProperties(file).writeTimeout())
        .isEqualTo(Duration.ofSeconds(45));
    LedgerConnectionConfig shorter = defaults.withWriteTimeout(Duration.ofSeconds(12));
    assertThat(shorter.writeTimeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(shorter.commitStatusTimeout()).isEqualTo(defaults.commitStatusTimeout());
    assertThat(shorter.endpoints()).isEqualTo(defaults.endpoints());
    assertThat(LedgerConnectionConfig.environmentVariable(LedgerConnectionConfig.KEY_WRITE_TIMEOUT))
        .isEqualTo("TIMECOIN_LEDGER_TIMEOUT_WRITE");
    assertThatThrownBy(() -> defaults.withWriteTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accepts_a_file_without_hostname_override() throws Exception {
    Path file = write("org.properties", withoutLine(completeText(), "hostnameOverride"));

    assertThat(LedgerConnectionConfig.fromProperties(file).tlsHostnameOverride()).isEmpty();
  }

  @Test
  void names_the_missing_key_and_the_file() throws Exception {
    Path file = write("org.properties", withoutLine(completeText(), "timecoin.msp.id"));

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.msp.id")
        .hasMessageContaining(file.toString());
  }

  @Test
  void names_every_missing_key_at_once() throws Exception {
    Path file =
        write(
            "org.properties",
            withoutLine(withoutLine(completeText(), "timecoin.channel"), "privateKey"));

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.channel")
        .hasMessageContaining("timecoin.identity.privateKey")
        .message()
        .doesNotContain("timecoin.chaincode");
  }

  @Test
  void treats_a_blank_value_as_a_missing_key() throws Exception {
    Path file =
        write(
            "org.properties",
            completeText().replace("timecoin.chaincode=timecoin", "timecoin.chaincode=  "));

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.chaincode");
  }

  @Test
  void names_the_key_and_the_file_when_the_endpoint_has_no_port() throws Exception {
    Path file =
        write(
            "org.properties",
            completeText().replace("127.0.0.1:7051", "peer0.platform.timecoin.local"));

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.peer.endpoint")
        .hasMessageContaining(file.toString());
  }

  @Test
  void names_the_key_and_the_file_when_a_deadline_is_not_a_duration() throws Exception {
    Path file = write("org.properties", completeText() + "timecoin.timeout.submit=5 seconds\n");

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.timeout.submit")
        .hasMessageContaining(file.toString());
  }

  @Test
  void rejects_a_deadline_that_is_not_positive_in_the_file() throws Exception {
    Path file = write("org.properties", completeText() + "timecoin.timeout.evaluate=PT0S\n");

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timecoin.timeout.evaluate");
  }

  @Test
  void reports_a_file_that_does_not_exist_by_its_path() {
    Path file = runDir.resolve("clients/nowhere.properties");

    assertThatThrownBy(() -> LedgerConnectionConfig.fromProperties(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void builder_names_every_missing_field() {
    LedgerConnectionConfig.Builder builder =
        LedgerConnectionConfig.builder().peerEndpoint("127.0.0.1:7051").channelName("timecoin");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tlsRootCertificate")
        .hasMessageContaining("mspId")
        .hasMessageContaining("clientCertificate")
        .hasMessageContaining("privateKey")
        .hasMessageContaining("chaincodeName")
        .message()
        .doesNotContain("peerEndpoint")
        .doesNotContain("channelName")
        .doesNotContain("tlsHostnameOverride");
  }

  @Test
  void builder_rejects_null_naming_the_setting() {
    LedgerConnectionConfig.Builder builder = LedgerConnectionConfig.builder();

    assertThatThrownBy(() -> builder.mspId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mspId");
    assertThatThrownBy(() -> builder.privateKey(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("privateKey");
    assertThatThrownBy(() -> builder.commitStatusTimeout(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("commitStatusTimeout");
  }

  @Test
  void builder_rejects_endpoints_that_are_not_host_and_port() {
    LedgerConnectionConfig.Builder builder = LedgerConnectionConfig.builder();

    assertThatThrownBy(() -> builder.peerEndpoint("127.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.peerEndpoint("127.0.0.1:0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.peerEndpoint("127.0.0.1:65536"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.peerEndpoint("grpcs://peer:7051"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void builder_accepts_host_names_and_bracketed_ipv6_endpoints() {
    assertThat(complete().peerEndpoint("peer0.platform.timecoin.local:7051").build().peerEndpoint())
        .isEqualTo("peer0.platform.timecoin.local:7051");
    assertThat(complete().peerEndpoint("[::1]:7051").build().peerEndpoint())
        .isEqualTo("[::1]:7051");
  }

  @Test
  void builder_builds_a_complete_configuration_with_defaults() {
    LedgerConnectionConfig config = complete().build();

    assertThat(config.tlsHostnameOverride()).isEmpty();
    assertThat(config.endorseTimeout()).isEqualTo(LedgerConnectionConfig.DEFAULT_ENDORSE_TIMEOUT);
  }

  private static LedgerConnectionConfig.Builder complete() {
    return LedgerConnectionConfig.builder()
        .peerEndpoint("127.0.0.1:7051")
        .tlsRootCertificate(Path.of("ca.crt"))
        .mspId("PlatformMSP")
        .clientCertificate(Path.of("cert.pem"))
        .privateKey(Path.of("priv_sk"))
        .channelName("timecoin")
        .chaincodeName("timecoin");
  }

  @Test
  void builder_rejects_deadlines_that_are_not_positive() {
    LedgerConnectionConfig.Builder builder = LedgerConnectionConfig.builder();

    assertThatThrownBy(() -> builder.endorseTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endorseTimeout");
    assertThatThrownBy(() -> builder.evaluateTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("evaluateTimeout");
  }

  private Path completeFile() throws Exception {
    return write("org.properties", completeText());
  }

  private static String completeText() {
    return NETWORK_SCRIPT_FILE.formatted("ca.crt", "cert.pem", "priv_sk");
  }

  private static String withoutLine(String text, String containing) {
    return text.lines()
            .filter(line -> !line.contains(containing))
            .reduce((a, b) -> a + "\n" + b)
            .orElseThrow()
        + "\n";
  }

  private Path write(String relative, String text) throws Exception {
    Path file = runDir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
