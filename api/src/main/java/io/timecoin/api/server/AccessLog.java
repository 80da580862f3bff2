package io.timecoin.api.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.timecoin.api.http.ApiJson;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured JSON log line and one timer sample per request. The line carries the request id
 * (X-Request-Id, generated if absent or unusable), the caller id, the route pattern (never the
 * path, which holds volunteer ids), the status, the duration, and the ledger requestId and
 * transaction id of writes. No bodies, headers or query values are logged.
 */
public final class AccessLog {

  /** Context attribute: this request's id. */
  public static final String REQUEST_ID = "timecoin.requestId";

  /** Context attribute: the ledger requestId of a write. */
  public static final String LEDGER_REQUEST_ID = "timecoin.ledgerRequestId";

  /** Context attribute: the Fabric transaction id of a write. */
  public static final String TX_ID = "timecoin.txId";

  private static final String STARTED = "timecoin.started";
  private static final Pattern USABLE_ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  private static final Logger LOG = LoggerFactory.getLogger("timecoin.api.access");

  private final ApiServices services;

  AccessLog(ApiServices services) {
    this.services = services;
  }

  void begin(Context ctx) {
    String given = ctx.header("X-Request-Id");
    String id =
        given != null && USABLE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    ctx.attribute(REQUEST_ID, id);
    ctx.attribute(STARTED, System.nanoTime());
    ctx.header("X-Request-Id", id);
  }

  void end(Context ctx) {
    Long started = ctx.attribute(STARTED);
    long nanos = started == null ? 0 : System.nanoTime() - started;
    String route = ctx.endpointHandlerPath();
    if (route == null || route.isEmpty() || route.equals("*")) {
      route = "unmatched";
    }
    int status = ctx.statusCode();
    Timer.builder("timecoin_api_requests")
        .description("HTTP requests served, by route pattern and status")
        .tag("method", ctx.method().name())
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .tag("org", services.config().org())
        .register(services.metrics())
        .record(java.time.Duration.ofNanos(nanos));
    ObjectNode line = ApiJson.object();
    line.put("ts", java.time.Instant.now().toString());
    line.put("event", "http_request");
    line.put("requestId", (String) ctx.attribute(REQUEST_ID));
    line.put("org", services.config().org());
    line.put("method", ctx.method().name());
    line.put("route", route);
    line.put("status", status);
    line.put("durationMs", nanos / 1_000_000);
    Authentication.callerOf(ctx)
        .ifPresent(c -> line.put("callerId", c.isVolunteer() ? "volunteer" : c.id()));
    String ledgerRequestId = ctx.attribute(LEDGER_REQUEST_ID);
    if (ledgerRequestId != null) {
      line.put("ledgerRequestId", ledgerRequestId);
    }
    String txId = ctx.attribute(TX_ID);
    if (txId != null) {
      line.put("txId", txId);
    }
    LOG.info(new String(ApiJson.bytes(line), StandardCharsets.UTF_8));
  }
}
