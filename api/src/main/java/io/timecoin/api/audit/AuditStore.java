package io.timecoin.api.audit;

import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.Problems;
import io.timecoin.api.server.AuditStoreSettings;
import io.timecoin.auditstore.query.AuditQueries;
import io.timecoin.auditstore.query.AuditQueryException;
import io.timecoin.auditstore.query.QueryDatabase;
import io.timecoin.model.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The auditor's instance's view of the audit store: the queries, and their failures as problems. A
 * question the store refuses is a 400 with its code; a store that cannot be reached or does not
 * answer in time is a 503 {@code AUDIT_STORE_UNAVAILABLE} with Retry-After (the log names only the
 * failure's class and SQL state, never the statement's values).
 */
public final class AuditStore implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AuditStore.class);

  private final AuditQueries queries;
  private final AutoCloseable resources;

  private AuditStore(AuditQueries queries, AutoCloseable resources) {
    this.queries = queries;
    this.resources = resources;
  }

  /**
   * A read-only pool to the database in {@code settings}; does not connect yet, so the instance
   * starts even while the database is down.
   *
   * @throws UncheckedIOException if the password file cannot be read.
   */
  public static AuditStore open(AuditStoreSettings settings) {
    String password;
    try {
      password = Files.readString(settings.passwordFile()).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the audit database password file " + settings.passwordFile(), e);
    }
    QueryDatabase database =
        QueryDatabase.open(settings.jdbcUrl(), settings.user(), password, "timecoin-api", 4);
    return new AuditStore(database.queries(), database);
  }

  /** Over queries the caller owns (tests). */
  public static AuditStore over(AuditQueries queries) {
    return new AuditStore(queries, () -> {});
  }

  /** Asks a question; the store's failures come out as problems. */
  public <T> T ask(Question<T> question) throws IOException {
    try {
      return question.ask(queries);
    } catch (AuditQueryException refused) {
      throw refusal(refused);
    } catch (JdbiException failed) {
      throw unavailable(failed);
    }
  }

  private static ApiProblem refusal(AuditQueryException refused) {
    String detail = refused.getMessage().replaceFirst("^\\[[A-Z_]+\\] ", "");
    return switch (refused.code()) {
      case "INVALID_CURSOR" -> ApiProblem.of(ApiErrorCode.INVALID_CURSOR, detail);
      case "INVALID_PAGE" -> Problems.ledger(ErrorCode.INVALID_PAGE, detail);
      default -> ApiProblem.of(ApiErrorCode.INVALID_QUERY, detail);
    };
  }

  private static ApiProblem unavailable(JdbiException failed) {
    Throwable cause = failed.getCause();
    String state = cause instanceof SQLException sql ? sql.getSQLState() : "none";
    LOG.warn(
        "the audit store did not answer: {} (SQL state {})",
        (cause == null ? failed : cause).getClass().getSimpleName(),
        state);
    return ApiProblem.retryLater(
        ApiErrorCode.AUDIT_STORE_UNAVAILABLE,
        "the auditor's database did not answer; try again shortly",
        Problems.RETRY_AFTER_UNAVAILABLE);
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      LOG.warn("closing the audit store pool failed", e);
    }
  }

  /** One question to the store. */
  @FunctionalInterface
  public interface Question<T> {
    T ask(AuditQueries queries) throws IOException;
  }
}
