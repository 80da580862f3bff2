package io.timecoin.hosts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.timecoin.audit.peer.PeerConnection;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.common.BlockchainInfo;

/**
 * The namespaced network the build brought up with {@code scripts/network up --hosts}: its run
 * folder, its hosts (hosts/hosts.properties), clients in the root namespace, and the one lever the
 * partition tests pull: a host's link on the bridge, down and up again.
 */
final class HostsNetwork {

  static final List<String> HOSTS = List.of("orderer", "platform", "insurer", "auditor");

  private HostsNetwork() {}

  static Path runDir() {
    return Path.of(System.getProperty("timecoin.hosts.runDir", "target/hosts-network"))
        .toAbsolutePath();
  }

  static Path projectDir() {
    return Path.of(System.getProperty("timecoin.it.projectDir", "..")).toAbsolutePath();
  }

  /**
   * Skips the calling test, with the reason, when the build could not make namespaces here (the
   * network script wrote why); fails when there is neither a reason nor a namespaced network.
   */
  static boolean available() {
    return !Files.exists(runDir().resolve("hosts-unavailable.txt"));
  }

  static void assumeHosts() {
    Path unavailable = runDir().resolve("hosts-unavailable.txt");
    if (Files.exists(unavailable)) {
      assumeTrue(false, "no network namespaces on this machine: " + read(unavailable).strip());
    }
    assertThat(runDir().resolve("hosts/hosts.properties"))
        .as("scripts/network up --hosts ran for %s", runDir())
        .exists();
  }

  static Path hostDir(String host) {
    return runDir().resolve("hosts").resolve(host);
  }

  static String hostSetting(String host, String key) {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(runDir().resolve("hosts/hosts.properties"))) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty(host + "." + key);
  }

  static LedgerConnectionConfig clientConfig(String org) {
    return LedgerConnectionConfig.fromProperties(
        runDir().resolve("clients").resolve(org + ".properties"));
  }

  static TimeCoinLedger connect(String org) {
    return TimeCoinLedger.connect(clientConfig(org));
  }

  /** Cuts {@code host} off the bridge (its veth in the root namespace down), or joins it again. */
  static void link(String host, boolean up) {
    run("ip", "link", "set", hostSetting(host, "veth"), up ? "up" : "down");
  }

  /** The chain height and current block hash of {@code org}'s own peer. */
  static BlockchainInfo chainInfo(String org) throws GatewayException {
    try (PeerConnection peer = PeerConnection.open(clientConfig("auditor"), clientConfig(org))) {
      return peer.chainInfo();
    }
  }

  /** Polls {@code condition} every half second, at most {@code limit} (and 600 times). */
  static boolean within(Duration limit, BooleanSupplier condition) {
    long deadline = System.nanoTime() + limit.toNanos();
    for (int attempt = 0; attempt < 600; attempt++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      sleep(Duration.ofMillis(500));
    }
    return false;
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static String requestId() {
    return "hosts-it:" + UUID.randomUUID();
  }

  static String volunteerId() {
    return "hosts-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }

  /**
   * Runs a command to its end (at most a minute) and returns its output; fails on a non-zero exit.
   */
  static String run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      boolean ended = process.waitFor(60, TimeUnit.SECONDS);
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!ended) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not end within 60 s");
      }
      assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
