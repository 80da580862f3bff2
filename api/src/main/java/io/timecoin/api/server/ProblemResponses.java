package io.timecoin.api.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.StoredResponse;
import java.util.HashMap;
import java.util.Map;

/** Writes {@link ApiProblem}s as RFC 9457 {@code application/problem+json}. */
public final class ProblemResponses {

  /** The media type of every error body. */
  public static final String PROBLEM_JSON = "application/problem+json";

  private ProblemResponses() {}

  /** The problem as a response that can be sent now or stored for a replay. */
  public static StoredResponse stored(ApiProblem problem, String instance) {
    ObjectNode body = ApiJson.object();
    body.put(
        "type", "https://timecoin.io/problems/" + problem.code().toLowerCase().replace('_', '-'));
    body.put("title", problem.code());
    body.put("status", problem.status());
    body.put("code", problem.code());
    body.put("detail", problem.getMessage());
    if (instance != null) {
      body.put("instance", instance);
    }
    Map<String, String> headers = new HashMap<>();
    if (problem.requestId() != null) {
      body.put("requestId", problem.requestId());
      headers.put("Location", "/v1/requests/" + problem.requestId());
    }
    if (problem.retryAfter() != null) {
      long seconds = Math.max(1, (problem.retryAfter().toMillis() + 999) / 1000);
      headers.put("Retry-After", Long.toString(seconds));
    }
    return new StoredResponse(problem.status(), PROBLEM_JSON, ApiJson.bytes(body), headers);
  }

  /** Sends a problem on the context. */
  public static void send(Context ctx, ApiProblem problem) {
    send(ctx, stored(problem, ctx.attribute(AccessLog.REQUEST_ID)));
  }

  /**
   * Sends a stored response on the context. A stored problem (kept for replays without an {@code
   * instance}) gets this request's id as its {@code instance}, so every problem names the request
   * that received it.
   */
  public static void send(Context ctx, StoredResponse response) {
    ctx.status(response.status());
    response.headers().forEach(ctx::header);
    ctx.contentType(response.contentType());
    String instance = ctx.attribute(AccessLog.REQUEST_ID);
    if (PROBLEM_JSON.equals(response.contentType()) && instance != null) {
      ObjectNode body = ApiJson.readObject(response.body());
      body.put("instance", instance);
      ctx.result(ApiJson.bytes(body));
    } else {
      ctx.result(response.body());
    }
  }
}
