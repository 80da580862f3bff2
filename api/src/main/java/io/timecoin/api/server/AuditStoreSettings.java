package io.timecoin.api.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the auditor's API reads the audit store (the projection in the auditor's PostgreSQL). The
 * password stays in its own file (the one {@code scripts/auditdb start} writes, mode 600) and is
 * read when the instance starts.
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:9432/timecoin_audit}
 * @param user the database user
 * @param passwordFile the file holding the password
 */
public record AuditStoreSettings(String jdbcUrl, String user, Path passwordFile) {

  public AuditStoreSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(passwordFile, "passwordFile");
    if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException(
          "auditDb.url must be a PostgreSQL JDBC URL, jdbc:postgresql://host:port/database");
    }
    if (user.isBlank()) {
      throw new IllegalArgumentException("auditDb.user must not be empty");
    }
  }
}
