package io.timecoin.api.audit;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.timecoin.api.auth.Operation;
import io.timecoin.api.http.ApiErrorCode;
import io.timecoin.api.http.ApiJson;
import io.timecoin.api.http.ApiProblem;
import io.timecoin.api.http.Problems;
import io.timecoin.api.server.Authentication;
import io.timecoin.auditstore.query.Answer;
import io.timecoin.auditstore.query.DailyMint;
import io.timecoin.auditstore.query.EntryFilter;
import io.timecoin.auditstore.query.Page;
import io.timecoin.auditstore.query.ProjectionStatus;
import io.timecoin.model.ErrorCode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The auditor's questions across the whole ledger, from the audit store (GET, auditor keys only).
 * Every answer carries {@code currentToBlock}, the last block the projection holds: the answer
 * reflects the ledger through that block and nothing after. Lists are keyset-paged ({@code cursor},
 * {@code pageSize}); each has an export under {@code /v1/audit/exports/...} with the same filters.
 *
 * <pre>
 * GET /v1/audit/status                              projection height, checkpoint, block time
 * GET /v1/audit/verification                        verifier, cross-peer check, reconciliation
 * GET /v1/audit/entries                             entries by verifier, category, type, time, amount
 * GET /v1/audit/reversals                           REVERSAL entries in a time range
 * GET /v1/audit/minted-per-day                      coins minted per verifier per day
 * GET /v1/audit/vouchers                            vouchers by status at an instant
 * GET /v1/audit/claims                              claims by status and decision
 * GET /v1/audit/accounts/{volunteerId}/entries      one account's history with block and tx
 * GET /v1/audit/exports/{the same}                  CSV or NDJSON, digest trailer
 * </pre>
 *
 * <p>The role is checked before anything else, so another org's caller gets the same 403 on every
 * instance; an auditor's instance without the store's settings answers 404 {@code
 * AUDIT_STORE_NOT_CONFIGURED}.
 */
public final class AuditRoutes {

  private final AuditStore store;
  private final Clock clock;

  /**
   * @param store the audit store, or null on an instance without one
   */
  public AuditRoutes(AuditStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Adds the routes. */
  public void register(Javalin app) {
    app.get("/v1/audit/status", this::status);
    app.get("/v1/audit/verification", this::verification);
    app.get("/v1/audit/entries", this::entries);
    app.get("/v1/audit/reversals", this::reversals);
    app.get("/v1/audit/minted-per-day", this::mintedPerDay);
    app.get("/v1/audit/vouchers", this::vouchers);
    app.get("/v1/audit/claims", this::claims);
    app.get("/v1/audit/accounts/{volunteerId}/entries", this::accountEntries);
    app.get("/v1/audit/exports/entries", this::exportEntries);
    app.get("/v1/audit/exports/reversals", this::exportReversals);
    app.get("/v1/audit/exports/minted-per-day", this::exportMintedPerDay);
    app.get("/v1/audit/exports/vouchers", this::exportVouchers);
    app.get("/v1/audit/exports/claims", this::exportClaims);
    app.get("/v1/audit/exports/accounts/{volunteerId}/entries", this::exportAccountEntries);
  }

  private void status(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams.of(ctx.queryParamMap());
    Answer<ProjectionStatus> answer = audit.ask(q -> q.status());
    ProjectionStatus status = answer.value();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currentToBlock", answer.currentToBlock());
    // Fabric's height: the number of blocks, the last one's number plus one.
    body.put("height", status.checkpointBlock() + 1);
    if (status.projectedAt() != null) {
      body.put("projectedAt", status.projectedAt().toString());
    }
    if (status.lastBlockTime() != null) {
      body.put("lastBlockTime", status.lastBlockTime().toString());
    }
    send(ctx, body);
  }

  private void verification(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams.of(ctx.queryParamMap());
    send(ctx, VerificationJson.of(audit.ask(q -> q.verification())));
  }

  private void entries(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params =
        AuditParams.of(ctx.queryParamMap(), AuditParams.ENTRY_FILTERS, AuditParams.PAGING);
    EntryFilter filter = params.entryFilter();
    sendPage(
        ctx,
        audit.ask(q -> q.entries(filter, params.cursor(), params.pageSize())),
        AuditRows.ENTRIES);
  }

  private void reversals(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params =
        AuditParams.of(ctx.queryParamMap(), AuditParams.TIME_RANGE, AuditParams.PAGING);
    EntryFilter filter = params.reversalFilter();
    sendPage(
        ctx,
        audit.ask(q -> q.reversals(filter.from(), filter.to(), params.cursor(), params.pageSize())),
        AuditRows.ENTRIES);
  }

  private void mintedPerDay(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams.DayRange days = AuditParams.of(ctx.queryParamMap(), AuditParams.DAYS).days();
    Answer<List<DailyMint>> answer =
        audit.ask(q -> q.mintedPerVerifierPerDay(days.fromDay(), days.toDay(), days.offset()));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currentToBlock", answer.currentToBlock());
    body.put("offset", days.offset().getId().equals("Z") ? "+00:00" : days.offset().getId());
    body.put("items", answer.value().stream().map(AuditRows.DAILY_MINT::json).toList());
    send(ctx, body);
  }

  private void vouchers(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params =
        AuditParams.of(ctx.queryParamMap(), AuditParams.VOUCHER_FILTERS, AuditParams.PAGING);
    Instant asOf = params.asOf(clock.instant());
    sendPage(
        ctx,
        audit.ask(
            q -> q.vouchers(params.voucherStatus(), asOf, params.cursor(), params.pageSize())),
        AuditRows.VOUCHERS);
  }

  private void claims(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params =
        AuditParams.of(ctx.queryParamMap(), AuditParams.CLAIM_FILTERS, AuditParams.PAGING);
    sendPage(
        ctx,
        audit.ask(
            q ->
                q.claims(
                    params.claimStatus(),
                    params.claimDecision(),
                    params.cursor(),
                    params.pageSize())),
        AuditRows.CLAIMS);
  }

  private void accountEntries(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    String volunteerId = AuditParams.volunteerId(ctx.pathParam("volunteerId"));
    AuditParams params = AuditParams.of(ctx.queryParamMap(), AuditParams.PAGING);
    var answer = audit.ask(q -> q.accountHistory(volunteerId, params.cursor(), params.pageSize()));
    if (answer.value().items().isEmpty() && !audit.ask(q -> q.accountExists(volunteerId))) {
      throw Problems.ledger(ErrorCode.VOLUNTEER_NOT_FOUND, "");
    }
    sendPage(ctx, answer, AuditRows.ENTRIES);
  }

  private void exportEntries(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params =
        AuditParams.of(ctx.queryParamMap(), AuditParams.ENTRY_FILTERS, AuditParams.FORMAT);
    EntryFilter filter = params.entryFilter();
    var export = new AuditExport<>(ctx, params.format(), "entries", AuditRows.ENTRIES);
    audit.ask(q -> q.streamEntries(filter, export));
    export.end();
  }

  private void exportReversals(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params =
        AuditParams.of(ctx.queryParamMap(), AuditParams.TIME_RANGE, AuditParams.FORMAT);
    EntryFilter filter = params.reversalFilter();
    var export = new AuditExport<>(ctx, params.format(), "reversals", AuditRows.ENTRIES);
    audit.ask(q -> q.streamReversals(filter.from(), filter.to(), export));
    export.end();
  }

  private void exportMintedPerDay(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params = AuditParams.of(ctx.queryParamMap(), AuditParams.DAYS, AuditParams.FORMAT);
    AuditParams.DayRange days = params.days();
    var export = new AuditExport<>(ctx, params.format(), "minted-per-day", AuditRows.DAILY_MINT);
    Answer<List<DailyMint>> answer =
        audit.ask(q -> q.mintedPerVerifierPerDay(days.fromDay(), days.toDay(), days.offset()));
    // A bounded list (days x verifiers), read in one snapshot, then written.
    export.begin(answer.currentToBlock());
    for (DailyMint row : answer.value()) {
      export.row(row);
    }
    export.end();
  }

  private void exportVouchers(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params =
        AuditParams.of(ctx.queryParamMap(), AuditParams.VOUCHER_FILTERS, AuditParams.FORMAT);
    Instant asOf = params.asOf(clock.instant());
    var export = new AuditExport<>(ctx, params.format(), "vouchers", AuditRows.VOUCHERS);
    audit.ask(q -> q.streamVouchers(params.voucherStatus(), asOf, export));
    export.end();
  }

  private void exportClaims(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    AuditParams params =
        AuditParams.of(ctx.queryParamMap(), AuditParams.CLAIM_FILTERS, AuditParams.FORMAT);
    var export = new AuditExport<>(ctx, params.format(), "claims", AuditRows.CLAIMS);
    audit.ask(q -> q.streamClaims(params.claimStatus(), params.claimDecision(), export));
    export.end();
  }

  private void exportAccountEntries(Context ctx) throws IOException {
    AuditStore audit = store(ctx);
    String volunteerId = AuditParams.volunteerId(ctx.pathParam("volunteerId"));
    AuditParams params = AuditParams.of(ctx.queryParamMap(), AuditParams.FORMAT);
    var format = params.format();
    if (!audit.ask(q -> q.accountExists(volunteerId))) {
      throw Problems.ledger(ErrorCode.VOLUNTEER_NOT_FOUND, "");
    }
    var export = new AuditExport<>(ctx, format, "account-entries", AuditRows.ENTRIES);
    audit.ask(q -> q.streamAccountHistory(volunteerId, export));
    export.end();
  }

  /** The role first (403 for everyone but auditors), then whether this instance has a store. */
  private AuditStore store(Context ctx) {
    Authentication.require(ctx, Operation.AUDIT_QUERIES);
    if (store == null) {
      throw ApiProblem.of(
          ApiErrorCode.AUDIT_STORE_NOT_CONFIGURED,
          "this instance has no audit store: the auditor's API answers these routes when started"
              + " with the auditor's database (auditDb.* settings or serve --audit-db-*)");
    }
    return store;
  }

  private static <T> void sendPage(Context ctx, Answer<Page<T>> answer, AuditRows<T> rows)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currentToBlock", answer.currentToBlock());
    body.put("items", answer.value().items().stream().map(rows::json).toList());
    if (answer.value().nextCursor() != null) {
      body.put("nextCursor", answer.value().nextCursor());
    }
    send(ctx, body);
  }

  private static void send(Context ctx, Map<String, Object> body) throws IOException {
    ctx.status(200);
    ctx.contentType("application/json");
    ctx.result(ApiJson.MAPPER.writeValueAsBytes(body));
  }
}
