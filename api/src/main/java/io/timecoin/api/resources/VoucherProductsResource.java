package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.Transactions;
import java.util.Set;

/** The insurer's voucher products: everyone reads the catalogue, insurer staff change it. */
public final class VoucherProductsResource {

  private final ApiServices services;
  private final Writes writes;

  /** Creates the resource over the instance's services. */
  public VoucherProductsResource(ApiServices services) {
    this.services = services;
    this.writes = new Writes(services);
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.get("/v1/voucher-products", this::list);
    app.post("/v1/voucher-products", this::define);
    app.get("/v1/voucher-products/{code}", this::one);
    app.put("/v1/voucher-products/{code}/active", this::setActive);
  }

  private void list(Context ctx) {
    Authentication.require(ctx, Operation.READ_PRODUCTS);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    Reads.send(ctx, services.ledger().listProducts());
  }

  private void define(Context ctx) {
    writes.handle(ctx, Transactions.DEFINE_VOUCHER_PRODUCT, ApiJson.object(), 201);
  }

  private void one(Context ctx) {
    Authentication.require(ctx, Operation.READ_PRODUCTS);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    String code = InsuranceFields.requireProductCode(ctx.pathParam("code"));
    Reads.send(ctx, services.ledger().getProduct(code));
  }

  private void setActive(Context ctx) {
    var added = ApiJson.object();
    added.put("code", ctx.pathParam("code"));
    writes.handle(ctx, Transactions.SET_PRODUCT_ACTIVE, added, 200);
  }
}
