package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.model.HistoryKind;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.OrgRequestId;
import java.util.Set;

/** What only auditors read: every committed version of a ledger record. */
public final class AuditResource {

  private final ApiServices services;

  /** Creates the resource over the instance's services. */
  public AuditResource(ApiServices services) {
    this.services = services;
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.get("/v1/history/{kind}/{id}", this::history);
  }

  private void history(Context ctx) {
    Authentication.require(ctx, Operation.READ_KEY_HISTORY);
    QueryParams query = QueryParams.of(ctx.queryParamMap(), Set.of("org", "pageSize", "cursor"));
    HistoryKind kind = HistoryKind.of(ctx.pathParam("kind"));
    String id = ctx.pathParam("id");
    // requestIds are scoped per organisation: a request's history names it with ?org=.
    String org = query.text("org");
    if (kind == HistoryKind.REQUEST) {
      id = (org == null ? "" : org) + OrgRequestId.SEPARATOR + id;
    }
    Long pageSize = query.positive("pageSize");
    var request =
        new KeyHistoryRequest(
            kind,
            id,
            pageSize == null
                ? VolunteersResource.DEFAULT_PAGE_SIZE
                : (int) Math.min(pageSize, Integer.MAX_VALUE),
            query.text("cursor"));
    Reads.send(ctx, services.ledger().getKeyHistory(request));
  }
}
