package io.timecoin.api.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.http.ApiJson;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.LedgerUnavailableException;

/** Unauthenticated operations routes: liveness, readiness (ledger reachable) and metrics. */
final class Health {

  private final ApiServices services;

  Health(ApiServices services) {
    this.services = services;
  }

  void register(Javalin app) {
    app.get("/livez", ctx -> status(ctx, 200, "UP"));
    app.get("/readyz", this::ready);
    app.get(
        "/metrics",
        ctx -> {
          ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
          ctx.result(services.metrics().scrape());
        });
  }

  /** Ready when the org's peer answers a query, whatever the answer. */
  private void ready(Context ctx) {
    try {
      services.ledger().getEarningPolicy();
      status(ctx, 200, "READY");
    } catch (LedgerRejectedException answered) {
      status(ctx, 200, "READY");
    } catch (LedgerUnavailableException e) {
      ctx.header("Retry-After", "2");
      status(ctx, 503, "LEDGER_UNREACHABLE");
    }
  }

  private void status(Context ctx, int code, String status) {
    var body = ApiJson.object();
    body.put("status", status);
    body.put("org", services.config().org());
    ctx.status(code);
    ctx.contentType("application/json");
    ctx.result(ApiJson.bytes(body));
  }
}
