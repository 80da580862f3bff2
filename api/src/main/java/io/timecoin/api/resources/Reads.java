package io.timecoin.api.resources;

import io.javalin.http.Context;
import io.timecoin.api.http.Problems;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;

/** Small helpers for read routes. */
final class Reads {

  private Reads() {}

  /** Sends a ledger record as JSON, exactly as the ledger's codec writes it. */
  static void send(Context ctx, Object ledgerValue) {
    ctx.status(200);
    ctx.contentType("application/json");
    ctx.result(LedgerJson.writeBytes(ledgerValue));
  }

  /** The answer for a record the caller may not see: the same as for one that does not exist. */
  static RuntimeException notFound(ErrorCode code) {
    return Problems.ledger(code, "");
  }
}
