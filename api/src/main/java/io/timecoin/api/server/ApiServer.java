package io.timecoin.api.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.InternalRouter;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.timecoin.api.audit.AuditRoutes;
import io.timecoin.api.audit.AuditStore;
import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.auth.RateLimiter;
import io.timecoin.api.auth.VolunteerTokens;
import io.timecoin.api.console.ConsoleRoutes;
import io.timecoin.api.events.EventFeed;
import io.timecoin.api.events.EventsResource;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.IdempotencyKeys;
import io.timecoin.api.http.Problems;
import io.timecoin.api.resources.AuditResource;
import io.timecoin.api.resources.ClaimSalts;
import io.timecoin.api.resources.ClaimsResource;
import io.timecoin.api.resources.EarningPolicyResource;
import io.timecoin.api.resources.ExportResource;
import io.timecoin.api.resources.HeartsResource;
import io.timecoin.api.resources.MovementsResource;
import io.timecoin.api.resources.ProjectsResource;
import io.timecoin.api.resources.RequestsResource;
import io.timecoin.api.resources.TransactionsResource;
import io.timecoin.api.resources.VolunteersResource;
import io.timecoin.api.resources.VoucherProductsResource;
import io.timecoin.api.resources.VouchersResource;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One API instance: a Javalin (Jetty 11) server acting for one org with that org's ledger client.
 *
 * <p>Route table (all under /v1 need credentials):
 *
 * <pre>
 * POST /v1/volunteers                            register            platform-operator
 * GET  /v1/volunteers/{id}/account               account             staff, own volunteer
 * PUT  /v1/volunteers/{id}/status                freeze/close        platform-operator
 * GET  /v1/volunteers/{id}/entries               entries, paged      staff, own volunteer
 * GET  /v1/entries/{entryId}                     one entry           staff, own volunteer
 * POST /v1/earnings | /v1/help-payments | /v1/transfers | /v1/reversals   platform-operator
 * GET  /v1/earning-policy[/versions/{n}]         policy              everyone
 * PUT  /v1/earning-policy                        new version         platform-operator
 * GET  /v1/requests/{requestId}                  write outcome       staff (own requests)
 * GET  /v1/transactions/{txId}                   status and block    staff
 * GET  /v1/events                                SSE, Last-Event-ID  staff (needs an EventFeed)
 * GET  /v1/history/{kind}/{id}                   key history         auditor
 * GET  /v1/exports/entries                       CSV / NDJSON        auditor
 * GET  /v1/voucher-products[/{code}]             catalogue           everyone
 * POST /v1/voucher-products                      define              insurer-staff
 * PUT  /v1/voucher-products/{code}/active        open/close          insurer-staff
 * POST /v1/vouchers                              purchase            platform-operator
 * GET  /v1/vouchers/{id}, /v1/volunteers/{id}/vouchers               staff, own volunteer
 * POST /v1/vouchers/{id}/void                    void                insurer-staff
 * POST /v1/claims                                file (+private)     platform-operator
 * GET  /v1/claims?status=                        claims by status    staff
 * GET  /v1/claims/{id}                           public part         staff, own volunteer
 * GET  /v1/claims/{id}/private                   private details     platform-operator, insurer
 * POST /v1/claims/{id}/decision | /payment       decide, mark paid   insurer-staff
 * GET  /v1/volunteers/{id}/hearts                hearts held         staff, own volunteer
 * POST /v1/hearts/earnings                       hearts for a task   platform-operator
 * GET  /v1/hearts-policy[/versions/{n}]          hearts policy       everyone
 * PUT  /v1/hearts-policy                         new version         platform-operator
 * POST /v1/projects                              launch              platform-operator
 * GET  /v1/projects/{id}[/progress]              project, progress   everyone
 * POST /v1/projects/{id}/donations               donate              own volunteer, platform-operator
 * GET  /v1/projects/{id}/donations               donation rows       auditor
 * POST /v1/projects/{id}/checkpoint | /close | /cancel | /returns     platform-operator
 * GET  /v1/audit/...                             audit store queries auditor (audit.AuditRoutes)
 * GET  /console                                 the auditor's console (auditor's instance only)
 * </pre>
 */
public final class ApiServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  private final Javalin app;
  private final ApiServices services;

  private ApiServer(Javalin app, ApiServices services) {
    this.app = app;
    this.services = services;
  }

  /**
   * Builds an instance from its configuration; the ledger client is the caller's to create (and is
   * closed with the server).
   */
  public static ApiServer create(ApiConfig config, TimeCoinLedger ledger, Clock clock) {
    // No event feed: /v1/events answers 503 (in-process tests; `serve` passes LedgerEventFeed).
    return create(config, ledger, clock, null);
  }

  /**
   * Builds an instance with a ledger event feed behind /v1/events (null for none), and the audit
   * store of {@link ApiConfig#auditStore()} behind /v1/audit when configured.
   */
  public static ApiServer create(
      ApiConfig config, TimeCoinLedger ledger, Clock clock, EventFeed events) {
    return create(
        config,
        ledger,
        clock,
        events,
        config.auditStore() == null ? null : AuditStore.open(config.auditStore()));
  }

  /**
   * Builds an instance over an audit store the caller opened (null for none; closed with the
   * server); the operator identities API keys name are connected through the Fabric Gateway.
   */
  public static ApiServer create(
      ApiConfig config,
      TimeCoinLedger ledger,
      Clock clock,
      EventFeed events,
      AuditStore auditStore) {
    return create(
        config,
        ledger,
        clock,
        events,
        auditStore,
        file ->
            TimeCoinLedger.connect(
                LedgerConnectionConfig.fromProperties(file)
                    .withWriteTimeout(config.ledgerWriteTimeout())));
  }

  /**
   * Builds an instance whose API keys' operator identities are connected by {@code connect} (one
   * connection per identity, opened now).
   */
  public static ApiServer create(
      ApiConfig config,
      TimeCoinLedger ledger,
      Clock clock,
      EventFeed events,
      AuditStore auditStore,
      Function<Path, TimeCoinLedger> connect) {
    ApiKeys keys = ApiKeys.load(config.callersFile(), config.org());
    OperatorLedgers signers = OperatorLedgers.connect(ledger, keys, connect);
    VolunteerTokens tokens =
        config.tokenKeyFile() == null
            ? null
            : VolunteerTokens.fromJwkFile(config.tokenKeyFile(), clock);
    ExecutorService async =
        Executors.newFixedThreadPool(
            8,
            runnable -> {
              Thread thread = new Thread(runnable, "timecoin-async-write");
              thread.setDaemon(true);
              return thread;
            });
    ApiServices services =
        new ApiServices(
            config,
            ledger,
            keys,
            tokens,
            new RateLimiter(config.ratePerSecond(), config.rateBurst(), System::nanoTime),
            new IdempotencyKeys(100_000),
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
            async,
            Executors.newCachedThreadPool(
                runnable -> {
                  Thread thread = new Thread(runnable, "timecoin-write-wait");
                  thread.setDaemon(true);
                  return thread;
                }),
            new CallerConcurrency(config.maxConcurrentPerCaller()),
            claimSalts(config),
            events,
            auditStore,
            clock,
            signers);
    return new ApiServer(javalin(services), services);
  }

  private static ClaimSalts claimSalts(ApiConfig config) {
    if (config.claimSaltKeyFile() != null) {
      return ClaimSalts.fromKeyFile(config.claimSaltKeyFile());
    }
    if (config.org().equals("platform")) {
      LOG.warn(
          "no claimSaltKeyFile configured: claim salts change with every restart, so a claim resent"
              + " after a restart with the same Idempotency-Key is refused as another request;"
              + " run `timecoin api-setup` to write a key");
    }
    return ClaimSalts.ephemeral();
  }

  private static Javalin javalin(ApiServices services) {
    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.showJavalinBanner = false;
              cfg.http.maxRequestSize = services.config().maxBodyBytes();
              cfg.http.prefer405over404 = true;
              cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
              // A body that trickles in slower than this is refused (408) instead of holding a
              // server thread for as long as the sender likes.
              cfg.jetty.modifyHttpConfiguration(
                  http -> http.setMinRequestDataRate(services.config().minBodyBytesPerSecond()));
              cfg.staticFiles.add(
                  files -> {
                    files.hostedPath = "/docs/ui";
                    files.directory = "/META-INF/resources/webjars/swagger-ui/" + SwaggerUi.VERSION;
                    files.location = Location.CLASSPATH;
                  });
            });
    AccessLog log = new AccessLog(services);
    Authentication auth = new Authentication(services);
    app.before(log::begin);
    app.before("/v1/*", ctx -> limitBody(ctx, services.config().maxBodyBytes()));
    app.before("/v1/*", auth::authenticate);
    app.after("/v1/*", auth::release);
    app.after(log::end);
    routes(app, services);
    app.exception(
        Exception.class,
        (failure, ctx) -> {
          ApiProblem problem = problemOf(failure);
          if (problem.status() >= 500 && !(failure instanceof ApiProblem)) {
            LOG.error("request {} failed", (String) ctx.attribute(AccessLog.REQUEST_ID), failure);
          }
          ProblemResponses.send(ctx, problem);
        });
    app.error(404, ctx -> fallback(ctx, ApiErrorCode.ROUTE_NOT_FOUND, "no such route; see /docs"));
    app.error(
        405,
        ctx -> {
          ctx.header("Allow", allowedMethods(app, ctx.path()));
          fallback(ctx, ApiErrorCode.METHOD_NOT_ALLOWED, "this route does not take that method");
        });
    return app;
  }

  /** The route table; see the class description. */
  private static void routes(Javalin app, ApiServices services) {
    new Health(services).register(app);
    new Docs(services.config().org()).register(app);
    new VolunteersResource(services).register(app);
    new MovementsResource(services).register(app);
    new EarningPolicyResource(services).register(app);
    new RequestsResource(services).register(app);
    new AuditResource(services).register(app);
    new TransactionsResource(services).register(app);
    new EventsResource(services.events()).register(app);
    new ExportResource(services).register(app);
    new VoucherProductsResource(services).register(app);
    new VouchersResource(services).register(app);
    new ClaimsResource(services).register(app);
    new HeartsResource(services).register(app);
    new ProjectsResource(services).register(app);
    new AuditRoutes(services.auditStore(), services.clock()).register(app);
    if (services.config().org().equals("auditor")) {
      new ConsoleRoutes().register(app);
    }
  }

  /** The methods a path takes, for the Allow header of a 405 (RFC 9110 section 15.5.6). */
  private static String allowedMethods(Javalin app, String path) {
    InternalRouter router = app.unsafeConfig().pvt.internalRouter;
    return Stream.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE)
        .filter(type -> router.findHttpHandlerEntries(type, path).findAny().isPresent())
        .map(HandlerType::name)
        .collect(Collectors.joining(", "));
  }

  private static ApiProblem problemOf(Exception failure) {
    if (failure instanceof HttpResponseException http) {
      return http.getStatus() == 413
          ? ApiProblem.of(ApiErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than the limit")
          : new ApiProblem(http.getStatus(), "HTTP_" + http.getStatus(), "request refused", null);
    }
    return Problems.of(failure);
  }

  private static void limitBody(Context ctx, int maxBytes) {
    long length = ctx.contentLength();
    if (length > maxBytes) {
      throw ApiProblem.of(
          ApiErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
    }
  }

  private static void fallback(Context ctx, ApiErrorCode code, String detail) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith(ProblemResponses.PROBLEM_JSON)) {
      ProblemResponses.send(ctx, ApiProblem.of(code, detail));
    }
  }

  /** Starts listening on the configured host and port. */
  public ApiServer start() {
    app.start(services.config().host(), services.config().port());
    // Javalin creates its connector at start; new connections take this idle timeout.
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector server) {
        server.setIdleTimeout(services.config().idleTimeout().toMillis());
      }
    }
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return app.port();
  }

  /** Stops the server, the async writers and the ledger client. */
  @Override
  public void close() {
    app.stop();
    services.asyncWrites().shutdown();
    services.writeWaiters().shutdown();
    try {
      services.asyncWrites().awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    services.signers().close();
    services.ledger().close();
    if (services.auditStore() != null) {
      services.auditStore().close();
    }
  }

  /** The underlying app, for in-process tests. */
  Javalin app() {
    return app;
  }
}
