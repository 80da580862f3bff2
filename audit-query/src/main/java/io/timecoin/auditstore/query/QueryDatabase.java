package io.timecoin.auditstore.query;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * A read-only connection pool to the auditor's database, for a reader that does not own the schema
 * (the auditor's API): no migrations, every connection read-only, a statement timeout so one heavy
 * question cannot hold the database, and a pool that starts even while the database is down (the
 * questions then fail fast, and succeed once it is up).
 */
public final class QueryDatabase implements AutoCloseable {

  /** The longest one statement may run before PostgreSQL cancels it. */
  public static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

  /** How long a question waits for a connection before it fails. */
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

  private final HikariDataSource dataSource;
  private final AuditQueries queries;

  private QueryDatabase(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.queries = new AuditQueries(Jdbi.create(dataSource));
  }

  /**
   * Opens the pool; does not connect yet.
   *
   * @param jdbcUrl e.g. {@code jdbc:postgresql://127.0.0.1:9432/timecoin_audit}
   * @param applicationName shown in {@code pg_stat_activity}
   * @param poolSize connections at most
   */
  public static QueryDatabase open(
      String jdbcUrl, String user, String password, String applicationName, int poolSize) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("the audit database URL must start with jdbc:postgresql:");
    }
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(jdbcUrl);
    hikari.setUsername(Objects.requireNonNull(user, "user"));
    hikari.setPassword(Objects.requireNonNull(password, "password"));
    hikari.setMaximumPoolSize(Math.max(1, poolSize));
    hikari.setMinimumIdle(0);
    hikari.setReadOnly(true);
    hikari.setPoolName(applicationName);
    hikari.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    // Negative: the pool is created without a connection, so a reader starts before the database.
    hikari.setInitializationFailTimeout(-1);
    hikari.addDataSourceProperty("ApplicationName", applicationName);
    hikari.addDataSourceProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT.toMillis());
    return new QueryDatabase(new HikariDataSource(hikari));
  }

  public AuditQueries queries() {
    return queries;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
