package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.server.ApiServices;
import io.timecoin.model.PayForHelpRequest;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.ReverseEntryRequest;
import io.timecoin.model.TransferRequest;

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
        ctx ->
            writes.handle(
                ctx,
                Operation.RECORD_EARNING,
                RecordEarningRequest.class,
                ApiJson.object(),
                request -> services.ledger().recordEarning(request),
                201));
    app.post(
        "/v1/help-payments",
        ctx ->
            writes.handle(
                ctx,
                Operation.PAY_FOR_HELP,
                PayForHelpRequest.class,
                ApiJson.object(),
                request -> services.ledger().payForHelp(request),
                201));
    app.post(
        "/v1/transfers",
        ctx ->
            writes.handle(
                ctx,
                Operation.TRANSFER,
                TransferRequest.class,
                ApiJson.object(),
                request -> services.ledger().transfer(request),
                201));
    app.post(
        "/v1/reversals",
        ctx ->
            writes.handle(
                ctx,
                Operation.REVERSE_ENTRY,
                ReverseEntryRequest.class,
                ApiJson.object(),
                request -> services.ledger().reverseEntry(request),
                201));
  }
}
