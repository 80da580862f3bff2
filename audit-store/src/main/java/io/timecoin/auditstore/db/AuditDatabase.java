package io.timecoin.auditstore.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The auditor's database: a small connection pool, the schema brought up to date by Flyway ({@code
 * db/migration} on the class path) and JDBI over it.
 */
public final class AuditDatabase implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private AuditDatabase(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /** Connects, migrates the schema to the newest version, and returns the open database. */
  public static AuditDatabase open(AuditDbConfig config, String applicationName, int poolSize) {
    HikariConfig hikari = new HikariConfig();
    hikari.setJdbcUrl(config.jdbcUrl());
    hikari.setUsername(config.user());
    hikari.setPassword(config.password());
    // Flyway's migrate holds two connections at once (schema history lock and the migration).
    hikari.setMaximumPoolSize(Math.max(2, poolSize));
    hikari.setMinimumIdle(1);
    hikari.setPoolName(applicationName);
    // Shows up in pg_stat_activity, so an operator (and the crash test) can tell who holds what.
    hikari.addDataSourceProperty("ApplicationName", applicationName);
    HikariDataSource dataSource = new HikariDataSource(hikari);
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new AuditDatabase(dataSource);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
