package io.timecoin.api.server;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.timecoin.api.audit.AuditStore;
import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.auth.RateLimiter;
import io.timecoin.api.auth.VolunteerTokens;
import io.timecoin.api.events.EventFeed;
import io.timecoin.api.http.IdempotencyKeys;
import io.timecoin.api.resources.ClaimSalts;
import io.timecoin.client.TimeCoinLedger;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * What the routes of one instance share.
 *
 * @param config the instance's settings.
 * @param ledger the org's ledger client.
 * @param keys the accepted API keys.
 * @param tokens verifies volunteer tokens, or null when none are accepted.
 * @param limiter per-caller rate limits.
 * @param idempotency first results per requestId.
 * @param metrics the Prometheus registry behind /metrics.
 * @param asyncWrites runs writes sent with {@code Prefer: respond-async}.
 * @param writeWaiters runs the ledger call of a waiting write, so that the request thread can
 *     answer when the write timeout has passed even if the ledger has not.
 * @param concurrency per-caller cap of requests running at once.
 * @param claimSalts makes the salt of claims' private details.
 * @param events the ledger event feed behind /v1/events, or null while none is configured.
 * @param auditStore the auditor's projection behind /v1/audit, or null on an instance without one.
 * @param clock the instance's clock.
 * @param signers the connection each caller's writes are signed with (its key's operator identity,
 *     else {@code ledger}).
 */
public record ApiServices(
    ApiConfig config,
    TimeCoinLedger ledger,
    ApiKeys keys,
    VolunteerTokens tokens,
    RateLimiter limiter,
    IdempotencyKeys idempotency,
    PrometheusMeterRegistry metrics,
    ExecutorService asyncWrites,
    ExecutorService writeWaiters,
    CallerConcurrency concurrency,
    ClaimSalts claimSalts,
    EventFeed events,
    AuditStore auditStore,
    Clock clock,
    OperatorLedgers signers) {

  public ApiServices {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(limiter, "limiter");
    Objects.requireNonNull(idempotency, "idempotency");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(asyncWrites, "asyncWrites");
    Objects.requireNonNull(writeWaiters, "writeWaiters");
    Objects.requireNonNull(concurrency, "concurrency");
    Objects.requireNonNull(claimSalts, "claimSalts");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(signers, "signers");
  }
}
