package io.timecoin.api.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.timecoin.api.auth.Caller;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.IdempotencyKeys;
import io.timecoin.api.http.Problems;
import io.timecoin.api.http.StoredResponse;
import io.timecoin.api.server.AccessLog;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.api.server.ProblemResponses;
import io.timecoin.client.Committed;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.WriteRequest;
import io.timecoin.model.WriteTransaction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one write path: role check, Idempotency-Key to requestId, strict body to ledger request,
 * first-result store, then either wait for the commit (201/200 with the result, requestId,
 * transactionId and blockNumber) or, with {@code Prefer: respond-async}, answer 202 with the status
 * URL at once.
 */
final class Writes {

  private static final Logger LOG = LoggerFactory.getLogger(Writes.class);

  private final ApiServices services;

  Writes(ApiServices services) {
    this.services = services;
  }

  /**
   * Handles one write whose body is exactly the transaction's request.
   *
   * @param ctx the request.
   * @param transaction what is written; its declaration gives the roles that may write it.
   * @param added fields from the path, besides the requestId.
   * @param successStatus 201 for creations, 200 for changes.
   */
  <Q extends WriteRequest> void handle(
      Context ctx, WriteTransaction<Q, ?> transaction, ObjectNode added, int successStatus) {
    handle(
        ctx,
        transaction,
        added,
        (body, fields) -> ApiJson.readRequest(body, fields, transaction.requestType()),
        successStatus);
  }

  /**
   * Handles one write whose body is not exactly the ledger argument (e.g. a claim with private
   * details that go to the transient map).
   *
   * @param parse turns the raw body and the added fields (requestId and path ids) into the request;
   *     its canonical JSON is what a replay must match, so it must include everything that is
   *     written.
   */
  <Q extends WriteRequest> void handle(
      Context ctx,
      WriteTransaction<Q, ?> transaction,
      ObjectNode added,
      BiFunction<byte[], ObjectNode, Q> parse,
      int successStatus) {
    Function<Q, Committed<?>> call = request -> services.ledger().submit(transaction, request);
    Caller caller = Authentication.require(ctx, Operation.of(transaction));
    String requestId = IdempotencyKeys.requestId(caller, ctx.header("Idempotency-Key"));
    requireJson(ctx);
    ObjectNode fields = added.deepCopy();
    fields.put("requestId", requestId);
    Q request = parse.apply(ctx.bodyAsBytes(), fields);
    ctx.attribute(AccessLog.LEDGER_REQUEST_ID, requestId);
    IdempotencyKeys.Start start =
        services.idempotency().begin(requestId, sha256(LedgerJson.writeBytes(request)));
    if (start instanceof IdempotencyKeys.Replay replay) {
      ctx.header("Idempotent-Replayed", "true");
      ProblemResponses.send(ctx, replay.response());
      return;
    }
    String prefer = ctx.header("Prefer");
    if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
      services.asyncWrites().execute(() -> run(requestId, request, call, successStatus, null));
      ObjectNode body = ApiJson.object();
      body.put("requestId", requestId);
      body.put("status", "PENDING");
      body.put("statusUrl", RequestsResource.statusUrl(requestId));
      ctx.status(202);
      ctx.header("Location", RequestsResource.statusUrl(requestId));
      ctx.header("Preference-Applied", "respond-async");
      ctx.contentType("application/json");
      ctx.result(ApiJson.bytes(body));
    } else {
      ProblemResponses.send(ctx, run(requestId, request, call, successStatus, ctx));
    }
  }

  private <T> StoredResponse run(
      String requestId, T request, Function<T, Committed<?>> call, int successStatus, Context ctx) {
    StoredResponse response;
    try {
      Committed<?> committed = call.apply(request);
      if (ctx != null) {
        ctx.attribute(AccessLog.TX_ID, committed.transactionId());
      }
      ObjectNode body = ApiJson.object();
      body.put("requestId", requestId);
      body.put("transactionId", committed.transactionId());
      body.put("blockNumber", committed.blockNumber());
      body.set("result", ApiJson.tree(committed.value()));
      response =
          new StoredResponse(successStatus, "application/json", ApiJson.bytes(body), Map.of());
    } catch (LedgerRejectedException | LedgerValidationException definite) {
      // A refusal is as final as a commit: a replay must get the same answer.
      response = ProblemResponses.stored(Problems.of(definite), null);
    } catch (RuntimeException uncertain) {
      ApiProblem problem = Problems.of(uncertain);
      if (problem.code().equals(ApiErrorCode.API_INTERNAL_ERROR.name())) {
        LOG.error("write {} failed unexpectedly", requestId, uncertain);
      } else {
        LOG.warn("write {} not completed: {}", requestId, uncertain.getMessage());
      }
      services.idempotency().abandon(requestId);
      return ProblemResponses.stored(problem, null);
    }
    services.idempotency().finish(requestId, response);
    return response;
  }

  private static void requireJson(Context ctx) {
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw ApiProblem.of(
          ApiErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as Content-Type: application/json");
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
