package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.server.ApiServices;
import io.timecoin.model.Transactions;

/** Coin movements: earnings, help payments, transfers and reversals. */
public final class MovementsResource {

  private final ApiServices services;
  private final Writes writes;

  /** Creates the resource over the instance's services. */
  public MovementsResource(ApiServices services) {
    this.services = services;
    this.writes = new Writes(services);
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.post(
        "/v1/earnings",
        ctx -> writes.handle(ctx, Transactions.RECORD_EARNING, ApiJson.object(), 201));
    app.post(
        "/v1/help-payments",
        ctx -> writes.handle(ctx, Transactions.PAY_FOR_HELP, ApiJson.object(), 201));
    app.post(
        "/v1/transfers", ctx -> writes.handle(ctx, Transactions.TRANSFER, ApiJson.object(), 201));
    app.post(
        "/v1/reversals",
        ctx -> writes.handle(ctx, Transactions.REVERSE_ENTRY, ApiJson.object(), 201));
  }
}
