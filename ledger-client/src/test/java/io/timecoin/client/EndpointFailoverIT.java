package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.AccountView;
import io.timecoin.model.RegisterVolunteerRequest;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gateway endpoint failover on the real network: the config's first endpoint is a port where
 * nothing listens, the second is the Platform peer. Queries and writes must be served by the second
 * one, and the client must say so.
 */
class EndpointFailoverIT {

  @TempDir Path folder;

  @Test
  void a_query_first_goes_to_the_second_endpoint_when_the_first_is_down() throws Exception {
    Path file = configWithDeadFirstEndpoint();
    String volunteer = ItNetwork.newVolunteerId();
    try (TimeCoinLedger platform = TimeCoinLedger.connect(ItNetwork.config("platform"))) {
      platform.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer));
    }
    LedgerConnectionConfig config = LedgerConnectionConfig.fromProperties(file, Map.of());
    String live = config.endpoints().get(1).address();

    try (GatewayLedger ledger = GatewayLedger.connect(config)) {
      assertThat(ledger.currentEndpoint()).isEqualTo(config.peerEndpoint());
      AccountView account = ledger.getAccount(volunteer);

      assertThat(account.volunteerId()).isEqualTo(volunteer);
      assertThat(ledger.currentEndpoint()).isEqualTo(live);
      record("query", config.peerEndpoint(), ledger.currentEndpoint());
    }
  }

  @Test
  void a_write_first_goes_to_the_second_endpoint_when_the_first_is_down() throws Exception {
    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(configWithDeadFirstEndpoint(), Map.of());
    String live = config.endpoints().get(1).address();
    String volunteer = ItNetwork.newVolunteerId();

    try (GatewayLedger ledger = GatewayLedger.connect(config)) {
      Committed<AccountView> registered =
          ledger.registerVolunteer(new RegisterVolunteerRequest(RequestIds.newId(), volunteer));

      assertThat(registered.blockNumber()).isPositive();
      assertThat(ledger.currentEndpoint()).isEqualTo(live);
      record("write", config.peerEndpoint(), ledger.currentEndpoint());
    }
    try (TimeCoinLedger auditor = TimeCoinLedger.connect(ItNetwork.config("auditor"))) {
      assertThat(auditor.getAccount(volunteer).entryCount()).isZero();
    }
  }

  @Test
  void with_only_dead_endpoints_a_query_fails_as_unavailable() throws Exception {
    Properties properties = platformProperties();
    properties.setProperty(LedgerConnectionConfig.KEY_PEER_ENDPOINT, "127.0.0.1:" + deadPort());
    properties.setProperty("timecoin.peer.2.endpoint", "127.0.0.1:" + deadPort());
    LedgerConnectionConfig config =
        LedgerConnectionConfig.fromProperties(write(properties), Map.of());

    try (TimeCoinLedger ledger = TimeCoinLedger.connect(config)) {
      assertThatThrownBy(() -> ledger.getAccount(ItNetwork.newVolunteerId()))
          .isInstanceOfSatisfying(
              LedgerUnavailableException.class, e -> assertThat(e.outcomeUnknown()).isFalse());
    }
  }

  /** The Platform client file with a dead first endpoint and the real peer as endpoint 2. */
  private Path configWithDeadFirstEndpoint() throws IOException {
    Properties properties = platformProperties();
    String live = properties.getProperty(LedgerConnectionConfig.KEY_PEER_ENDPOINT);
    String name = properties.getProperty(LedgerConnectionConfig.KEY_HOSTNAME_OVERRIDE);
    properties.setProperty(LedgerConnectionConfig.KEY_PEER_ENDPOINT, "127.0.0.1:" + deadPort());
    properties.setProperty("timecoin.peer.2.endpoint", live);
    properties.setProperty("timecoin.peer.2.hostnameOverride", name);
    return write(properties);
  }

  private static Properties platformProperties() throws IOException {
    Properties properties = new Properties();
    try (var reader = Files.newBufferedReader(ItNetwork.clientFile("platform"))) {
      properties.load(reader);
    }
    return properties;
  }

  private Path write(Properties properties) throws IOException {
    Path file = Files.createTempFile(folder, "failover", ".properties");
    try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(writer, "first endpoint dead");
    }
    return file;
  }

  /** A port that was free a moment ago: nothing listens on it. */
  private static int deadPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void record(String call, String dead, String served) throws IOException {
    Files.writeString(
        Path.of("target", "endpoint-failover-" + call + ".txt"),
        call + ": first endpoint " + dead + " unreachable, served by " + served + "\n");
  }
}
