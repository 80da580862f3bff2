package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.OwnedRead;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.model.Identifiers;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.Transactions;
import io.timecoin.model.VoucherView;
import java.util.Set;

/**
 * Vouchers: the platform buys them with a volunteer's coins, the insurer voids them. A volunteer
 * reads only their own; another volunteer's looks exactly like a missing one.
 */
public final class VouchersResource {

  private final ApiServices services;
  private final Writes writes;

  /** Creates the resource over the instance's services. */
  public VouchersResource(ApiServices services) {
    this.services = services;
    this.writes = new Writes(services);
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.post("/v1/vouchers", this::purchase);
    app.get("/v1/vouchers/{voucherId}", this::one);
    app.post("/v1/vouchers/{voucherId}/void", this::voidVoucher);
    app.get("/v1/volunteers/{volunteerId}/vouchers", this::ofVolunteer);
  }

  private void purchase(Context ctx) {
    writes.handle(ctx, Transactions.PURCHASE_VOUCHER, ApiJson.object(), 201);
  }

  private void one(Context ctx) {
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String voucherId = InsuranceFields.requireVoucherId(ctx.pathParam("voucherId"));
    Reads.send(
        ctx,
        Authentication.readOwned(
            ctx,
            OwnedRead.READ_VOUCHER,
            () -> services.ledger().getVoucher(voucherId),
            VoucherView::volunteerId));
  }

  private void voidVoucher(Context ctx) {
    var added = ApiJson.object();
    added.put("voucherId", ctx.pathParam("voucherId"));
    writes.handle(ctx, Transactions.VOID_VOUCHER, added, 200);
  }

  private void ofVolunteer(Context ctx) {
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String volunteerId = Identifiers.requireVolunteerId(ctx.pathParam("volunteerId"));
    Authentication.requireOwner(ctx, OwnedRead.READ_VOUCHERS, volunteerId);
    Reads.send(ctx, services.ledger().listVouchers(volunteerId));
  }
}
