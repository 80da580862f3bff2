package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.auth.OwnedRead;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.client.HeartsLedger;
import io.timecoin.model.Identifiers;
import io.timecoin.model.PolicyVersions;
import io.timecoin.model.Transactions;
import java.util.Set;

/**
 * Hearts: a volunteer's hearts (their own, or any for staff), hearts earned for charity tasks, and
 * the hearts policy. Hearts never move between volunteers: there is no transfer route, and {@code
 * POST /v1/transfers} with {@code "unit": "HEARTS"} is refused by the ledger.
 */
public final class HeartsResource {

  private final ApiServices services;
  private final Writes writes;

  /** Creates the resource over the instance's services. */
  public HeartsResource(ApiServices services) {
    this.services = services;
    this.writes = new Writes(services);
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.get("/v1/volunteers/{volunteerId}/hearts", this::account);
    app.post(
        "/v1/hearts/earnings",
        ctx -> writes.handle(ctx, Transactions.RECORD_HEARTS, ApiJson.object(), 201));
    app.get("/v1/hearts-policy", this::currentPolicy);
    app.get("/v1/hearts-policy/versions/{version}", this::policyVersion);
    app.put(
        "/v1/hearts-policy",
        ctx -> writes.handle(ctx, Transactions.SET_HEARTS_POLICY, ApiJson.object(), 200));
  }

  private HeartsLedger hearts() {
    return HeartsLedger.over(services.ledger());
  }

  private void account(Context ctx) {
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String volunteerId = Identifiers.requireVolunteerId(ctx.pathParam("volunteerId"));
    Authentication.requireOwner(ctx, OwnedRead.READ_HEARTS, volunteerId);
    Reads.send(ctx, hearts().getHeartsAccount(volunteerId));
  }

  private void currentPolicy(Context ctx) {
    Authentication.require(ctx, Operation.READ_HEARTS_POLICY);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    Reads.send(ctx, hearts().getHeartsPolicy(""));
  }

  private void policyVersion(Context ctx) {
    Authentication.require(ctx, Operation.READ_HEARTS_POLICY);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    long version = PolicyVersions.parse(ctx.pathParam("version"));
    Reads.send(ctx, hearts().getHeartsPolicy(Long.toString(version)));
  }
}
