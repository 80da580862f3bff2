package io.timecoin.api.resources;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.timecoin.api.auth.Caller;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.IdempotencyKeys;
import io.timecoin.api.http.JsonBodies;
import io.timecoin.api.http.Problems;
import io.timecoin.api.http.StoredResponse;
import io.timecoin.api.server.AccessLog;
import io.timecoin.api.server.ApiServices;
import io.timecoin.api.server.Authentication;
import io.timecoin.api.server.ProblemResponses;
import io.timecoin.client.Committed;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.WriteRequest;
import io.timecoin.model.WriteTransaction;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one write path: role check, Idempotency-Key to requestId, strict body to ledger request,
 * first-result store, then either wait for the commit (201/200 with the result, requestId,
 * transactionId and blockNumber) or, with {@code Prefer: respond-async}, answer 202 with the status
 * URL at once.
 *
 * <p>A waiting write answers within the instance's {@code writeTimeout}: the ledger client's own
 * budget ends earlier, and if even that answer is late the write goes on in the background while
 * the caller gets 503 {@code OUTCOME_UNKNOWN} with Retry-After and the requestId to look up. A
 * refusal that may come from a peer a block behind ({@link LedgerRejectedException#mayBeStale()})
 * is answered but not remembered, so the same key can be sent again once that peer caught up.
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
    handle(ctx, transaction, Operation.of(transaction), caller -> added, parse, successStatus);
  }

  /**
   * Handles one write that another operation than the transaction's own authorises (a volunteer's
   * donation), with fields that depend on the caller (the volunteer's id from their token).
   *
   * @param operation who may send it.
   * @param added the fields the API sets for this caller, besides the requestId.
   */
  <Q extends WriteRequest> void handle(
      Context ctx,
      WriteTransaction<Q, ?> transaction,
      Operation operation,
      Function<Caller, ObjectNode> added,
      BiFunction<byte[], ObjectNode, Q> parse,
      int successStatus) {
    Caller caller = Authentication.require(ctx, operation);
    // Signed as the caller's operator identity (its API key's), so the ledger records who wrote.
    TimeCoinLedger signer = services.signers().forCaller(caller);
    Function<Q, Committed<?>> call = request -> signer.submit(transaction, request);
    String requestId = IdempotencyKeys.requestId(caller, ctx.header("Idempotency-Key"));
    requireJson(ctx);
    ObjectNode fields = added.apply(caller).deepCopy();
    fields.put("requestId", requestId);
    byte[] raw =
        JsonBodies.read(
            () -> ctx.req().getInputStream(), ctx.contentType(), services.config().maxBodyBytes());
    Q request = parse.apply(raw, fields);
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
      services.asyncWrites().execute(() -> run(requestId, request, call, successStatus, tx -> {}));
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
      ProblemResponses.send(ctx, bounded(requestId, request, call, successStatus, ctx));
    }
  }

  /** Runs the write on a waiter thread and answers within the instance's write timeout. */
  private <T> StoredResponse bounded(
      String requestId, T request, Function<T, Committed<?>> call, int successStatus, Context ctx) {
    AtomicReference<String> txId = new AtomicReference<>();
    Future<StoredResponse> outcome =
        services
            .writeWaiters()
            .submit(() -> run(requestId, request, call, successStatus, txId::set));
    Duration bound = services.config().writeTimeout();
    try {
      StoredResponse response = outcome.get(bound.toMillis(), TimeUnit.MILLISECONDS);
      if (txId.get() != null) {
        ctx.attribute(AccessLog.TX_ID, txId.get());
      }
      return response;
    } catch (TimeoutException | InterruptedException late) {
      if (late instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      // The write goes on and settles its Idempotency-Key itself (stored result, or freed).
      LOG.warn("write {} not settled within {} ms; answered 503", requestId, bound.toMillis());
      return ProblemResponses.stored(
          ApiProblem.retryLater(
                  ApiErrorCode.OUTCOME_UNKNOWN,
                  "the ledger did not settle the write in time; it may still commit. Look it up"
                      + " at the Location given, or send it again later with the same"
                      + " Idempotency-Key",
                  Problems.RETRY_AFTER_UNAVAILABLE)
              .withRequestId(requestId),
          null);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the write path failed unexpectedly", e.getCause());
    }
  }

  private <T> StoredResponse run(
      String requestId,
      T request,
      Function<T, Committed<?>> call,
      int successStatus,
      Consumer<String> committedTxId) {
    StoredResponse response;
    try {
      Committed<?> committed = call.apply(request);
      committedTxId.accept(committed.transactionId());
      ObjectNode body = ApiJson.object();
      body.put("requestId", requestId);
      body.put("transactionId", committed.transactionId());
      body.put("blockNumber", committed.blockNumber());
      body.set("result", ApiJson.tree(committed.value()));
      response =
          new StoredResponse(successStatus, "application/json", ApiJson.bytes(body), Map.of());
    } catch (LedgerRejectedException refused) {
      response = ProblemResponses.stored(Problems.of(refused), null);
      if (refused.mayBeStale()) {
        // Perhaps a peer a block behind: answer it, but let the same key be sent again.
        services.idempotency().abandon(requestId);
        return response;
      }
    } catch (LedgerValidationException definite) {
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
      if (problem.code().equals(ApiErrorCode.OUTCOME_UNKNOWN.name())) {
        problem = problem.withRequestId(requestId);
      }
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
