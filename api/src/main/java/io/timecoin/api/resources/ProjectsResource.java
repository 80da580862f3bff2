package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Caller;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.client.HeartsLedger;
import io.timecoin.model.DonateRequest;
import io.timecoin.model.HeartsFields;
import io.timecoin.model.ListDonationsRequest;
import io.timecoin.model.Transactions;
import java.util.Set;

/**
 * Charity projects: launched, closed, cancelled and settled by platform operators; read (with their
 * progress) by everyone; donated to by volunteers with their own token (or by an operator on a
 * volunteer's behalf); their donation rows listed for auditors.
 */
public final class ProjectsResource {

  /** Rows per page when the caller does not say. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  private final ApiServices services;
  private final Writes writes;

  /** Creates the resource over the instance's services. */
  public ProjectsResource(ApiServices services) {
    this.services = services;
    this.writes = new Writes(services);
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.post(
        "/v1/projects",
        ctx -> writes.handle(ctx, Transactions.LAUNCH_PROJECT, ApiJson.object(), 201));
    app.get("/v1/projects/{projectId}", this::one);
    app.get("/v1/projects/{projectId}/progress", this::progress);
    app.post("/v1/projects/{projectId}/donations", this::donate);
    app.get("/v1/projects/{projectId}/donations", this::donations);
    app.post(
        "/v1/projects/{projectId}/checkpoint",
        ctx -> writes.handle(ctx, Transactions.CHECKPOINT_PROGRESS, project(ctx), 200));
    app.post(
        "/v1/projects/{projectId}/close",
        ctx -> writes.handle(ctx, Transactions.CLOSE_PROJECT, project(ctx), 200));
    app.post(
        "/v1/projects/{projectId}/cancel",
        ctx -> writes.handle(ctx, Transactions.CANCEL_PROJECT, project(ctx), 200));
    app.post(
        "/v1/projects/{projectId}/returns",
        ctx -> writes.handle(ctx, Transactions.RETURN_DONATIONS, project(ctx), 200));
  }

  private HeartsLedger hearts() {
    return HeartsLedger.over(services.ledger());
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode project(Context ctx) {
    var added = ApiJson.object();
    added.put("projectId", ctx.pathParam("projectId"));
    return added;
  }

  private void one(Context ctx) {
    Authentication.require(ctx, Operation.READ_PROJECT);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    Reads.send(ctx, hearts().getProject(HeartsFields.requireProjectId(ctx.pathParam("projectId"))));
  }

  private void progress(Context ctx) {
    Authentication.require(ctx, Operation.READ_PROJECT_PROGRESS);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    Reads.send(
        ctx,
        hearts().getProjectProgress(HeartsFields.requireProjectId(ctx.pathParam("projectId"))));
  }

  /** A volunteer's id comes from their token; an operator names the donor in the body. */
  private void donate(Context ctx) {
    writes.handle(
        ctx,
        Transactions.DONATE,
        Operation.DONATE,
        (Caller caller) -> {
          var added = project(ctx);
          if (caller.isVolunteer()) {
            added.put("volunteerId", caller.volunteerId());
          }
          return added;
        },
        (body, fields) -> ApiJson.readRequest(body, fields, DonateRequest.class),
        201);
  }

  private void donations(Context ctx) {
    Authentication.require(ctx, Operation.of(Transactions.LIST_DONATIONS));
    QueryParams query = QueryParams.of(ctx.queryParamMap(), Set.of("pageSize", "cursor"));
    Long pageSize = query.positive("pageSize");
    var request =
        new ListDonationsRequest(
            HeartsFields.requireProjectId(ctx.pathParam("projectId")),
            pageSize == null ? DEFAULT_PAGE_SIZE : (int) Math.min(pageSize, Integer.MAX_VALUE),
            query.text("cursor"));
    Reads.send(ctx, hearts().listDonations(request));
  }
}
