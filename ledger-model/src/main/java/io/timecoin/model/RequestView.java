package io.timecoin.model;

/**
 * What the ledger recorded for a processed write request: lets a client resolve an unknown outcome.
 *
 * @param requestId the client's idempotency key
 * @param function the transaction that processed it
 * @param txId the transaction id
 * @param recordedAt ISO-8601 UTC transaction timestamp
 * @param result the result JSON that was returned, as a string
 */
public record RequestView(
    String requestId, String function, String txId, String recordedAt, String result) {

  public RequestView {
    Fields.required(requestId, "requestId");
    Fields.required(function, "function");
    Fields.required(txId, "txId");
    Fields.required(recordedAt, "recordedAt");
    Fields.required(result, "result");
  }
}
