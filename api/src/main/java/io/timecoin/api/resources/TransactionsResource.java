package io.timecoin.api.resources;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.client.TransactionStatus;
import java.util.Set;

/** The validation code and block of a transaction, as the instance's org peer recorded them. */
public final class TransactionsResource {

  private final ApiServices services;

  /** Creates the resource over the instance's services. */
  public TransactionsResource(ApiServices services) {
    this.services = services;
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.get("/v1/transactions/{transactionId}", this::status);
  }

  private void status(Context ctx) {
    Authentication.require(ctx, Operation.READ_TRANSACTION);
    QueryParams.of(ctx.queryParamMap(), Set.of());
    TransactionStatus status =
        services
            .ledger()
            .transactionStatus(ctx.pathParam("transactionId"))
            .orElseThrow(
                () ->
                    ApiProblem.of(
                        ApiErrorCode.TRANSACTION_NOT_FOUND,
                        "this org's peer has no transaction with this id"));
    var body = io.timecoin.api.http.ApiJson.object();
    body.put("transactionId", status.transactionId());
    body.put("validationCode", status.validationCode());
    body.put("valid", status.valid());
    body.put("blockNumber", status.blockNumber());
    ctx.status(200);
    ctx.contentType("application/json");
    ctx.result(io.timecoin.api.http.ApiJson.bytes(body));
  }
}
