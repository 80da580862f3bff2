package io.timecoin.api.resources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Caller;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.auth.Role;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.QueryParams;
import io.timecoin.api.http.StoredResponse;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.Identifiers;
import io.timecoin.model.RequestView;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a write by its requestId: PENDING while this instance is still running it,
 * COMMITTED with what the ledger recorded, or REJECTED with the problem of an async write that the
 * ledger refused. A caller sees only its own requests ({@code <callerId>.*}); auditors see all.
 */
public final class RequestsResource {

  private final ApiServices services;

  /** Creates the resource over the instance's services. */
  public RequestsResource(ApiServices services) {
    this.services = services;
  }

  /** Where the status of a write can be read. */
  static String statusUrl(String requestId) {
    return "/v1/requests/" + requestId;
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.get("/v1/requests/{requestId}", this::status);
  }

  private void status(Context ctx) {
    Caller caller = Authentication.require(ctx, Operation.READ_REQUEST);
    // The ledger scopes requestIds per organisation: without ?org= this instance's own
    // organisation's requests; with it (auditors only) another organisation's.
    String org = QueryParams.of(ctx.queryParamMap(), Set.of("org")).text("org");
    String requestId = Identifiers.requireRequestId(ctx.pathParam("requestId"));
    if (caller.role() != Role.AUDITOR
        && (org != null || !requestId.startsWith(caller.id() + "."))) {
      throw Reads.notFound(ErrorCode.REQUEST_NOT_FOUND);
    }
    ObjectNode body = ApiJson.object();
    body.put("requestId", requestId);
    if (services.idempotency().inFlight(requestId)) {
      body.put("status", "PENDING");
      send(ctx, body);
      return;
    }
    try {
      RequestView view =
          org == null
              ? services.ledger().getRequest(requestId)
              : services.ledger().getRequest(org, requestId);
      body.put("status", "COMMITTED");
      body.put("function", view.function());
      body.put("txId", view.txId());
      body.put("recordedAt", view.recordedAt());
      body.set("result", parse(view.result()));
      send(ctx, body);
    } catch (LedgerRejectedException e) {
      Optional<StoredResponse> finished = services.idempotency().finished(requestId);
      if (e.code() != ErrorCode.REQUEST_NOT_FOUND
          || finished.isEmpty()
          || finished.get().status() < 400) {
        throw e;
      }
      body.put("status", "REJECTED");
      body.set(
          "problem",
          parse(new String(finished.get().body(), java.nio.charset.StandardCharsets.UTF_8)));
      send(ctx, body);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return ApiJson.MAPPER.readTree(json);
    } catch (IOException e) {
      return ApiJson.MAPPER.getNodeFactory().textNode(json);
    }
  }

  private static void send(Context ctx, ObjectNode body) {
    ctx.status(200);
    ctx.contentType("application/json");
    ctx.result(ApiJson.bytes(body));
  }
}
