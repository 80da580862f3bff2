package io.timecoin.api.server;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
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
 * @param maxBodyBytes largest request body accepted, chunked or not.
 * @param writeTimeout the longest a write waits for the ledger before it answers 503 with the
 *     requestId to look up (the ledger client gets {@link #LEDGER_MARGIN} less as its own budget).
 * @param maxConcurrentPerCaller requests one caller may have running at once (429 beyond).
 * @param idleTimeout how long a connection may send nothing before it is closed.
 * @param minBodyBytesPerSecond the slowest a request body may arrive; slower is refused (408).
 * @param claimSaltKeyFile the secret that claim salts are derived from, or null for a key that
 *     lives only as long as the process.
 * @param auditStore the auditor's database behind the {@code /v1/audit} routes, or null: then those
 *     routes answer 404 {@code AUDIT_STORE_NOT_CONFIGURED}. Only the auditor's instance may have
 *     one.
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
    int maxBodyBytes,
    Duration writeTimeout,
    int maxConcurrentPerCaller,
    Duration idleTimeout,
    int minBodyBytesPerSecond,
    Path claimSaltKeyFile,
    AuditStoreSettings auditStore) {

  /** The orgs an instance can act for. */
  public static final Set<String> ORGS = Set.of("platform", "insurer", "auditor");

  /** Default bound of a write's answer. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(15);

  /**
   * What the API keeps of {@code writeTimeout} for itself: the ledger client's budget ends this
   * much earlier, so its own answer (committed, refused, unavailable, outcome unknown) normally
   * arrives before the API has to give up waiting.
   */
  public static final Duration LEDGER_MARGIN = Duration.ofSeconds(3);

  /** Default cap of one caller's requests running at once. */
  public static final int DEFAULT_MAX_CONCURRENT_PER_CALLER = 16;

  /** Default idle timeout of a connection. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** Default slowest body rate: 16 KiB (the largest body) in 16 s. */
  public static final int DEFAULT_MIN_BODY_BYTES_PER_SECOND = 1024;

  /** An instance with the default timeouts and caps. */
  public ApiConfig(
      String org,
      String host,
      int port,
      Path ledgerClient,
      Path callersFile,
      Path tokenKeyFile,
      double ratePerSecond,
      int rateBurst,
      int maxBodyBytes) {
    this(
        org,
        host,
        port,
        ledgerClient,
        callersFile,
        tokenKeyFile,
        ratePerSecond,
        rateBurst,
        maxBodyBytes,
        DEFAULT_WRITE_TIMEOUT,
        DEFAULT_MAX_CONCURRENT_PER_CALLER,
        DEFAULT_IDLE_TIMEOUT,
        DEFAULT_MIN_BODY_BYTES_PER_SECOND,
        null,
        null);
  }

  /** An instance without an audit store. */
  public ApiConfig(
      String org,
      String host,
      int port,
      Path ledgerClient,
      Path callersFile,
      Path tokenKeyFile,
      double ratePerSecond,
      int rateBurst,
      int maxBodyBytes,
      Duration writeTimeout,
      int maxConcurrentPerCaller,
      Duration idleTimeout,
      int minBodyBytesPerSecond,
      Path claimSaltKeyFile) {
    this(
        org,
        host,
        port,
        ledgerClient,
        callersFile,
        tokenKeyFile,
        ratePerSecond,
        rateBurst,
        maxBodyBytes,
        writeTimeout,
        maxConcurrentPerCaller,
        idleTimeout,
        minBodyBytesPerSecond,
        claimSaltKeyFile,
        null);
  }

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
    if (writeTimeout.compareTo(LEDGER_MARGIN.plusSeconds(1)) < 0
        || maxConcurrentPerCaller < 1
        || idleTimeout.compareTo(Duration.ofSeconds(1)) < 0
        || minBodyBytesPerSecond < 1) {
      throw new IllegalArgumentException(
          "writeTimeout must be at least PT4S, maxConcurrentPerCaller and minBodyBytesPerSecond"
              + " at least 1, idleTimeout at least PT1S");
    }
    if (auditStore != null && !org.equals("auditor")) {
      throw new IllegalArgumentException(
          "auditDb.* settings are for the auditor's instance only: the audit store is the"
              + " auditor's own copy of the ledger");
    }
  }

  /** This configuration with another audit store (null for none). */
  public ApiConfig withAuditStore(AuditStoreSettings settings) {
    return new ApiConfig(
        org,
        host,
        port,
        ledgerClient,
        callersFile,
        tokenKeyFile,
        ratePerSecond,
        rateBurst,
        maxBodyBytes,
        writeTimeout,
        maxConcurrentPerCaller,
        idleTimeout,
        minBodyBytesPerSecond,
        claimSaltKeyFile,
        settings);
  }

  /** The ledger client's time budget of one write: {@link #writeTimeout} minus the margin. */
  public Duration ledgerWriteTimeout() {
    return writeTimeout.minus(LEDGER_MARGIN);
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
    String saltKey = p.getProperty("claimSaltKeyFile", "").strip();
    return new ApiConfig(
        required(p, "org", file),
        p.getProperty("host", "127.0.0.1").strip(),
        integer(p, "port", null, file),
        base.resolve(required(p, "ledgerClient", file)),
        base.resolve(required(p, "callersFile", file)),
        tokenKey.isEmpty() ? null : base.resolve(tokenKey),
        Double.parseDouble(p.getProperty("rateLimit.perSecond", "50").strip()),
        integer(p, "rateLimit.burst", "100", file),
        integer(p, "maxBodyBytes", "16384", file),
        duration(p, "writeTimeout", DEFAULT_WRITE_TIMEOUT, file),
        integer(
            p, "maxConcurrentPerCaller", Integer.toString(DEFAULT_MAX_CONCURRENT_PER_CALLER), file),
        duration(p, "idleTimeout", DEFAULT_IDLE_TIMEOUT, file),
        integer(
            p, "minBodyBytesPerSecond", Integer.toString(DEFAULT_MIN_BODY_BYTES_PER_SECOND), file),
        saltKey.isEmpty() ? null : base.resolve(saltKey),
        auditStore(p, base, file));
  }

  /** {@code auditDb.url}, {@code auditDb.user} and {@code auditDb.passwordFile}: all or none. */
  private static AuditStoreSettings auditStore(Properties p, Path base, Path file) {
    String url = p.getProperty("auditDb.url", "").strip();
    String user = p.getProperty("auditDb.user", "").strip();
    String passwordFile = p.getProperty("auditDb.passwordFile", "").strip();
    if (url.isEmpty() && user.isEmpty() && passwordFile.isEmpty()) {
      return null;
    }
    if (url.isEmpty() || user.isEmpty() || passwordFile.isEmpty()) {
      throw new IllegalArgumentException(
          file + ": auditDb.url, auditDb.user and auditDb.passwordFile go together");
    }
    return new AuditStoreSettings(url, user, base.resolve(passwordFile));
  }

  private static Duration duration(Properties p, String name, Duration fallback, Path file) {
    String value = p.getProperty(name, "").strip();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          file + ": '" + name + "' must be an ISO-8601 duration such as PT15S", e);
    }
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
