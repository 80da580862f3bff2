package io.timecoin.api.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

/**
 * Settings of one API instance, read from a properties file ({@code scripts/network up} writes
 * {@code <run dir>/api/<org>.properties}). Relative paths are resolved against the file's folder.
 *
 * @param org the org the instance acts for: platform, insurer or auditor.
 * @param host the address to listen on.
 * @param port the port to listen on.
 * @param ledgerClient the org's ledger-client configuration.
 * @param callersFile the hashed API keys.
 * @param tokenKeyFile the JWK that verifies volunteer tokens, or null to accept none.
 * @param ratePerSecond sustained requests per second per caller.
 * @param rateBurst requests a caller may make at once.
 * @param maxBodyBytes largest request body accepted.
 */
public record ApiConfig(
    String org,
    String host,
    int port,
    Path ledgerClient,
    Path callersFile,
    Path tokenKeyFile,
    double ratePerSecond,
    int rateBurst,
    int maxBodyBytes) {

  /** The orgs an instance can act for. */
  public static final Set<String> ORGS = Set.of("platform", "insurer", "auditor");

  public ApiConfig {
    if (!ORGS.contains(org)) {
      throw new IllegalArgumentException("org must be platform, insurer or auditor");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535");
    }
    if (ratePerSecond <= 0 || rateBurst < 1 || maxBodyBytes < 256) {
      throw new IllegalArgumentException(
          "rateLimit.perSecond must be positive, rateLimit.burst at least 1, maxBodyBytes at"
              + " least 256");
    }
  }

  /**
   * Reads a properties file.
   *
   * @throws IllegalArgumentException naming a missing or wrong setting.
   * @throws UncheckedIOException if the file cannot be read.
   */
  public static ApiConfig fromProperties(Path file) {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API configuration " + file, e);
    }
    Path base = file.toAbsolutePath().getParent();
    String tokenKey = p.getProperty("tokenKeyFile", "").strip();
    return new ApiConfig(
        required(p, "org", file),
        p.getProperty("host", "127.0.0.1").strip(),
        integer(p, "port", null, file),
        base.resolve(required(p, "ledgerClient", file)),
        base.resolve(required(p, "callersFile", file)),
        tokenKey.isEmpty() ? null : base.resolve(tokenKey),
        Double.parseDouble(p.getProperty("rateLimit.perSecond", "50").strip()),
        integer(p, "rateLimit.burst", "100", file),
        integer(p, "maxBodyBytes", "16384", file));
  }

  private static String required(Properties p, String name, Path file) {
    String value = p.getProperty(name, "").strip();
    if (value.isEmpty()) {
      throw new IllegalArgumentException(file + ": the setting '" + name + "' is missing");
    }
    return value;
  }

  private static int integer(Properties p, String name, String fallback, Path file) {
    String value = fallback == null ? required(p, name, file) : p.getProperty(name, fallback);
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": '" + name + "' must be a whole number", e);
    }
  }
}
