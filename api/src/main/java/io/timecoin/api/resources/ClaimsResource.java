package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.auth.OwnedRead;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.ListClaimsRequest;
import io.timecoin.model.Transactions;
import java.util.Arrays;
import java.util.Set;

/**
 * Claims: the platform files them (private details to the transient map only), the insurer decides
 * and pays. The public part is read by staff and by the volunteer who filed; the private part only
 * by platform operators and insurer staff ({@link Operation#READ_CLAIM_PRIVATE}).
 */
public final class ClaimsResource {

  private final ApiServices services;
  private final Writes writes;

  /** Creates the resource over the instance's services. */
  public ClaimsResource(ApiServices services) {
    this.services = services;
    this.writes = new Writes(services);
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.post("/v1/claims", this::file);
    app.get("/v1/claims", this::list);
    app.get("/v1/claims/{claimId}", this::one);
    app.get("/v1/claims/{claimId}/private", this::privateDetails);
    app.post("/v1/claims/{claimId}/decision", this::decide);
    app.post("/v1/claims/{claimId}/payment", this::markPaid);
  }

  private void file(Context ctx) {
    writes.handle(
        ctx,
        Transactions.FILE_CLAIM,
        ApiJson.object(),
        (body, added) -> ClaimFilingBody.read(body, added, services.claimSalts()),
        201);
  }

  private void list(Context ctx) {
    Authentication.require(ctx, Operation.LIST_CLAIMS);
    QueryParams query = QueryParams.of(ctx.queryParamMap(), Set.of("status", "pageSize", "cursor"));
    Long pageSize = query.positive("pageSize");
    var request =
        new ListClaimsRequest(
            status(query.text("status")),
            pageSize == null
                ? VolunteersResource.DEFAULT_PAGE_SIZE
                : (int) Math.min(pageSize, Integer.MAX_VALUE),
            query.text("cursor"));
    Reads.send(ctx, services.ledger().listClaims(request));
  }

  private static ClaimStatus status(String text) {
    if (text == null) {
      throw ApiProblem.of(
          ApiErrorCode.INVALID_QUERY,
          "'status' is required: one of " + Arrays.toString(ClaimStatus.values()));
    }
    for (ClaimStatus status : ClaimStatus.values()) {
      if (status.name().equals(text)) {
        return status;
      }
    }
    throw ApiProblem.of(
        ApiErrorCode.INVALID_QUERY,
        "'status' must be one of " + Arrays.toString(ClaimStatus.values()));
  }

  private void one(Context ctx) {
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String claimId = InsuranceFields.requireClaimId(ctx.pathParam("claimId"));
    Reads.send(
        ctx,
        Authentication.readOwned(
            ctx,
            OwnedRead.READ_CLAIM,
            () -> services.ledger().getClaim(claimId),
            ClaimView::volunteerId));
  }

  private void privateDetails(Context ctx) {
    Authentication.require(ctx, Operation.READ_CLAIM_PRIVATE);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String claimId = InsuranceFields.requireClaimId(ctx.pathParam("claimId"));
    ctx.header("Cache-Control", "no-store");
    Reads.send(ctx, services.ledger().getClaimPrivate(claimId));
  }

  private void decide(Context ctx) {
    var added = ApiJson.object();
    added.put("claimId", ctx.pathParam("claimId"));
    writes.handle(ctx, Transactions.DECIDE_CLAIM, added, 200);
  }

  private void markPaid(Context ctx) {
    var added = ApiJson.object();
    added.put("claimId", ctx.pathParam("claimId"));
    writes.handle(ctx, Transactions.MARK_CLAIM_PAID, added, 200);
  }
}
