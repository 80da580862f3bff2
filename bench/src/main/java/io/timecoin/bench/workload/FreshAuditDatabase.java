package io.timecoin.bench.workload;

import io.timecoin.auditstore.db.AuditDbConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A new, empty database on the auditor's PostgreSQL server, for a catch-up from block 0 that must
 * not meet the network's own projection.
 */
final class FreshAuditDatabase {

  /** Database names this class creates: nothing that could need quoting. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  private FreshAuditDatabase() {}

  /**
   * The JDBC URL of database {@code name} on the server of {@code serverUrl}: the server's URL with
   * its last path segment (the database) replaced, query string dropped.
   */
  static String urlOf(String serverUrl, String name) {
    requireName(name);
    String base =
        serverUrl.contains("?") ? serverUrl.substring(0, serverUrl.indexOf('?')) : serverUrl;
    int slash = base.lastIndexOf('/');
    if (slash < "jdbc:postgresql://".length()) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL with a database: " + base);
    }
    return base.substring(0, slash + 1) + name;
  }

  /** Creates database {@code name} on {@code server}'s server, owned by its user. */
  static AuditDbConfig create(AuditDbConfig server, String name) throws SQLException {
    requireName(name);
    try (Connection admin =
            DriverManager.getConnection(
                urlOf(server.jdbcUrl(), "postgres"), server.user(), server.password());
        Statement statement = admin.createStatement()) {
      // An identifier cannot be a bound parameter; requireName allows [a-z0-9_] only.
      statement.execute("CREATE DATABASE " + name);
    }
    return new AuditDbConfig(urlOf(server.jdbcUrl(), name), server.user(), server.password());
  }

  static void requireName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a database name here is a lowercase letter and up to 62 of [a-z0-9_]: '" + name + "'");
    }
  }
}
