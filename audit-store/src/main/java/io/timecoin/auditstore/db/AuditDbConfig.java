package io.timecoin.auditstore.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;

/**
 * Where the auditor's database is and how to log in: the {@code auditdb.properties} that {@code
 * scripts/auditdb start} writes into {@code <run dir>/auditdb/}. The password stays in its own file
 * (mode 600) and never appears in {@link #toString()}.
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:9432/timecoin_audit}
 * @param user the database user
 * @param password the password
 */
public record AuditDbConfig(String jdbcUrl, String user, String password) {

  public static final String KEY_URL = "timecoin.auditdb.url";
  public static final String KEY_USER = "timecoin.auditdb.user";
  public static final String KEY_PASSWORD_FILE = "timecoin.auditdb.passwordFile";

  public AuditDbConfig {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /**
   * @throws IllegalArgumentException naming the file and the missing key
   */
  public static AuditDbConfig fromProperties(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the auditor database settings " + file + " (run scripts/auditdb start)", e);
    }
    String url = required(properties, KEY_URL, file);
    String user = required(properties, KEY_USER, file);
    Path passwordFile = Path.of(required(properties, KEY_PASSWORD_FILE, file));
    try {
      return new AuditDbConfig(url, user, Files.readString(passwordFile).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the database password file " + passwordFile, e);
    }
  }

  private static String required(Properties properties, String key, Path file) {
    String value = properties.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(file + " has no " + key);
    }
    return value.strip();
  }

  @Override
  public String toString() {
    return "AuditDbConfig[" + jdbcUrl + " as " + user + "]";
  }
}
