package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.model.PolicyVersions;
import io.timecoin.model.Transactions;
import java.util.Set;

/** The earning policy: the version in force, any earlier version, and setting a new one. */
public final class EarningPolicyResource {

  private final ApiServices services;
  private final Writes writes;

  /** Creates the resource over the instance's services. */
  public EarningPolicyResource(ApiServices services) {
    this.services = services;
    this.writes = new Writes(services);
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.get("/v1/earning-policy", this::current);
    app.get("/v1/earning-policy/versions/{version}", this::version);
    app.put(
        "/v1/earning-policy",
        ctx -> writes.handle(ctx, Transactions.SET_EARNING_POLICY, ApiJson.object(), 200));
  }

  private void current(Context ctx) {
    Authentication.require(ctx, Operation.READ_EARNING_POLICY);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    Reads.send(ctx, services.ledger().getEarningPolicy());
  }

  private void version(Context ctx) {
    Authentication.require(ctx, Operation.READ_EARNING_POLICY);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    long version = PolicyVersions.parse(ctx.pathParam("version"));
    Reads.send(ctx, services.ledger().getEarningPolicy(version));
  }
}
