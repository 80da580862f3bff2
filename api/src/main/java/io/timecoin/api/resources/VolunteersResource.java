package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.OwnedRead;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.model.EntryView;
import io.timecoin.model.Identifiers;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.Transactions;
import java.util.Set;

/** Volunteers, their accounts and entries. */
public final class VolunteersResource {

  /** Entries per page when the caller does not say. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  private final ApiServices services;
  private final Writes writes;

  /** Creates the resource over the instance's services. */
  public VolunteersResource(ApiServices services) {
    this.services = services;
    this.writes = new Writes(services);
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.post("/v1/volunteers", this::registerVolunteer);
    app.get("/v1/volunteers/{volunteerId}/account", this::account);
    app.put("/v1/volunteers/{volunteerId}/status", this::setStatus);
    app.get("/v1/volunteers/{volunteerId}/entries", this::entries);
    app.get("/v1/entries/{entryId}", this::entry);
  }

  private void registerVolunteer(Context ctx) {
    writes.handle(ctx, Transactions.REGISTER_VOLUNTEER, ApiJson.object(), 201);
  }

  private void account(Context ctx) {
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String volunteerId = Identifiers.requireVolunteerId(ctx.pathParam("volunteerId"));
    Authentication.requireOwner(ctx, OwnedRead.READ_ACCOUNT, volunteerId);
    Reads.send(ctx, services.ledger().getAccount(volunteerId));
  }

  private void setStatus(Context ctx) {
    var added = ApiJson.object();
    added.put("volunteerId", ctx.pathParam("volunteerId"));
    writes.handle(ctx, Transactions.SET_ACCOUNT_STATUS, added, 200);
  }

  private void entries(Context ctx) {
    QueryParams query =
        QueryParams.of(
            ctx.queryParamMap(), Set.of("fromSequence", "from", "to", "pageSize", "cursor"));
    String volunteerId = Identifiers.requireVolunteerId(ctx.pathParam("volunteerId"));
    Authentication.requireOwner(ctx, OwnedRead.READ_ENTRIES, volunteerId);
    Long pageSize = query.positive("pageSize");
    var request =
        new ListEntriesRequest(
            volunteerId,
            query.positive("fromSequence"),
            query.text("from"),
            query.text("to"),
            pageSize == null ? DEFAULT_PAGE_SIZE : (int) Math.min(pageSize, Integer.MAX_VALUE),
            query.text("cursor"));
    Reads.send(ctx, services.ledger().listEntries(request));
  }

  private void entry(Context ctx) {
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String entryId = Identifiers.requireEntryId(ctx.pathParam("entryId"));
    Reads.send(
        ctx,
        Authentication.readOwned(
            ctx,
            OwnedRead.READ_ENTRY,
            () -> services.ledger().getEntry(entryId),
            EntryView::volunteerId));
  }
}
