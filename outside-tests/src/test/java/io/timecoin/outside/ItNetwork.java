package io.timecoin.outside;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.api.auth.VolunteerTokens;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The IT network as an outsider finds it: the run folder {@code scripts/network up} wrote (API
 * addresses and keys, each org's client identity, crypto material), network-config's addresses, and
 * where the build put the outside tools. Every setting comes from the failsafe configuration in
 * this module's pom.
 */
final class ItNetwork {

  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> ORGS = List.of("platform", "insurer", "auditor");

  final Path runDir = Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"));
  final Path projectDir = Path.of(System.getProperty("timecoin.it.projectDir", ".."));
  final Path moduleDir = Path.of(System.getProperty("outside.moduleDir", "."));
  final Path reportDir = Path.of(System.getProperty("outside.reportDir", "target/outside-reports"));
  final int portOffset = Integer.parseInt(System.getProperty("timecoin.it.portOffset", "10000"));

  private final Map<String, String> keys = new HashMap<>();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  ItNetwork() {
    for (String org : ORGS) {
      try {
        for (String line : Files.readAllLines(runDir.resolve("api/" + org + ".keys"))) {
          if (!line.startsWith("#") && !line.isBlank()) {
            String[] parts = line.trim().split("\\s+");
            keys.put(parts[0], parts[2]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("the IT network has no API keys in " + runDir, e);
      }
    }
  }

  /** An API key that {@code up} configured: platform-ops, insurer-staff, auditor, ... */
  String apiKey(String callerId) {
    String key = keys.get(callerId);
    if (key == null) {
      throw new IllegalArgumentException("no API key for caller " + callerId);
    }
    return key;
  }

  /** The base URL of an org's API instance, from the settings {@code up} wrote for it. */
  String apiBase(String org) {
    Properties p = properties(runDir.resolve("api/" + org + ".properties"));
    return "http://" + p.getProperty("host") + ":" + p.getProperty("port");
  }

  /** A volunteer token signed with the platform's key, as the platform's app would issue it. */
  String volunteerToken(String volunteerId) {
    return VolunteerTokens.fromJwkFile(runDir.resolve("api/volunteer-token.jwk"), Clock.systemUTC())
        .mint(volunteerId, Duration.ofMinutes(30));
  }

  /**
   * The client properties {@code up} wrote for an org's default identity (its default operator;
   * User1 for the auditor).
   */
  Path clientPropertiesFile(String org) {
    return runDir.resolve("clients/" + org + ".properties");
  }

  Properties clientProperties(String org) {
    return properties(clientPropertiesFile(org));
  }

  /** A value of network-config/network.env (plain KEY=VALUE lines only). */
  String networkEnv(String name) {
    try {
      for (String line : Files.readAllLines(projectDir.resolve("network-config/network.env"))) {
        if (line.startsWith(name + "=")) {
          return line.substring(name.length() + 1).trim();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("network-config/network.env has no " + name);
  }

  /** Where scripts/install-fabric keeps the Fabric binaries (network-config/fabric.env). */
  Path fabricHome() {
    Command.Result result =
        new Command(
                List.of(
                    "bash",
                    "-c",
                    "source network-config/fabric.env && printf '%s' \"$FABRIC_HOME\""),
                Map.of(),
                projectDir)
            .run(reportDir.resolve("fabric-home.log"), 30, false);
    if (result.exitCode() != 0 || result.output().isBlank()) {
      throw new IllegalStateException("could not read FABRIC_HOME: " + result.output());
    }
    return Path.of(result.output().trim());
  }

  /**
   * The Schemathesis venv that outside-tests/install-tools made: its folder is named by the first
   * 16 hex digits of the SHA-256 of the requirements file, so a changed pin is a new venv.
   */
  Path schemathesis() {
    try {
      byte[] requirements = Files.readAllBytes(moduleDir.resolve("schemathesis/requirements.txt"));
      String key =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(requirements))
              .substring(0, 16);
      return Path.of(System.getProperty("outside.venvRoot")).resolve(key).resolve("bin/st");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A JSON call to an org's API; the answer's status and body. */
  HttpResponse<String> api(
      String org, String method, String path, Map<String, String> headers, String body) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(apiBase(org) + path)).timeout(Duration.ofSeconds(60));
    headers.forEach(builder::header);
    if (body != null) {
      builder.header("Content-Type", "application/json");
      builder.header("Idempotency-Key", "outside-" + UUID.randomUUID());
    }
    builder.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A volunteer id nobody used before (the ledger outlives one IT). */
  static String newVolunteerId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().replace("-", "");
  }

  private static Properties properties(Path file) {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return p;
  }
}
