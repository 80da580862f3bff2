package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Caller;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.Identifiers;
import io.timecoin.model.ListEntriesRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetAccountStatusRequest;
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
    writes.handle(
        ctx,
        Operation.REGISTER_VOLUNTEER,
        RegisterVolunteerRequest.class,
        ApiJson.object(),
        request -> services.ledger().registerVolunteer(request),
        201);
  }

  private void account(Context ctx) {
    Caller caller = Authentication.require(ctx, Operation.READ_ACCOUNT);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String volunteerId = Identifiers.requireVolunteerId(ctx.pathParam("volunteerId"));
    if (!caller.mayRead(volunteerId)) {
      throw Reads.notFound(ErrorCode.VOLUNTEER_NOT_FOUND);
    }
    Reads.send(ctx, services.ledger().getAccount(volunteerId));
  }

  private void setStatus(Context ctx) {
    var added = ApiJson.object();
    added.put("volunteerId", ctx.pathParam("volunteerId"));
    writes.handle(
        ctx,
        Operation.SET_ACCOUNT_STATUS,
        SetAccountStatusRequest.class,
        added,
        request -> services.ledger().setAccountStatus(request),
        200);
  }

  private void entries(Context ctx) {
    Caller caller = Authentication.require(ctx, Operation.READ_ENTRIES);
    QueryParams query =
        QueryParams.of(
            ctx.queryParamMap(), Set.of("fromSequence", "from", "to", "pageSize", "cursor"));
    String volunteerId = Identifiers.requireVolunteerId(ctx.pathParam("volunteerId"));
    if (!caller.mayRead(volunteerId)) {
      throw Reads.notFound(ErrorCode.VOLUNTEER_NOT_FOUND);
    }
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
    Caller caller = Authentication.require(ctx, Operation.READ_ENTRIES);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String entryId = Identifiers.requireEntryId(ctx.pathParam("entryId"));
    EntryView entry = services.ledger().getEntry(entryId);
    if (!caller.mayRead(entry.volunteerId())) {
      throw Reads.notFound(ErrorCode.ENTRY_NOT_FOUND);
    }
    Reads.send(ctx, entry);
  }
}
