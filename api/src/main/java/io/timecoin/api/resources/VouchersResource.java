package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Caller;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.Identifiers;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.PurchaseVoucherRequest;
import io.timecoin.model.VoidVoucherRequest;
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
    writes.handle(
        ctx,
        Operation.PURCHASE_VOUCHER,
        PurchaseVoucherRequest.class,
        ApiJson.object(),
        request -> services.ledger().purchaseVoucher(request),
        201);
  }

  private void one(Context ctx) {
    Caller caller = Authentication.require(ctx, Operation.READ_VOUCHERS);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String voucherId = InsuranceFields.requireVoucherId(ctx.pathParam("voucherId"));
    VoucherView voucher = services.ledger().getVoucher(voucherId);
    if (!caller.mayRead(voucher.volunteerId())) {
      throw Reads.notFound(ErrorCode.VOUCHER_NOT_FOUND);
    }
    Reads.send(ctx, voucher);
  }

  private void voidVoucher(Context ctx) {
    var added = ApiJson.object();
    added.put("voucherId", ctx.pathParam("voucherId"));
    writes.handle(
        ctx,
        Operation.VOID_VOUCHER,
        VoidVoucherRequest.class,
        added,
        request -> services.ledger().voidVoucher(request),
        200);
  }

  private void ofVolunteer(Context ctx) {
    Caller caller = Authentication.require(ctx, Operation.READ_VOUCHERS);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String volunteerId = Identifiers.requireVolunteerId(ctx.pathParam("volunteerId"));
    if (!caller.mayRead(volunteerId)) {
      // The ledger lists nothing for an unknown volunteer; a stranger gets the same 404 as the
      // account route gives, so a volunteer token never learns whether another id exists.
      throw Reads.notFound(ErrorCode.VOLUNTEER_NOT_FOUND);
    }
    Reads.send(ctx, services.ledger().listVouchers(volunteerId));
  }
}
