package io.timecoin.api.http;

/**
 * Error codes the API itself adds to the ledger's {@link io.timecoin.model.ErrorCode}s: failures
 * that happen before or around a ledger call. Like the ledger's, they are stable: add, never
 * rename.
 */
public enum ApiErrorCode {
  /** No credentials, or credentials that are not valid (401). */
  UNAUTHENTICATED(401),
  /** Valid credentials whose role may not perform the operation (403). */
  FORBIDDEN(403),
  /** No such route (404). */
  ROUTE_NOT_FOUND(404),
  /** The org's peer has no transaction with this id (404). */
  TRANSACTION_NOT_FOUND(404),
  /** The route exists but not with this method (405). */
  METHOD_NOT_ALLOWED(405),
  /** A write without an Idempotency-Key header (400). */
  IDEMPOTENCY_KEY_REQUIRED(400),
  /** An Idempotency-Key that breaks its rule (400). */
  INVALID_IDEMPOTENCY_KEY(400),
  /** The same Idempotency-Key is still being processed (409). */
  IDEMPOTENCY_KEY_IN_FLIGHT(409),
  /** An unknown or repeated query parameter, or a value of the wrong form (400). */
  INVALID_QUERY(400),
  /** A write whose body is not {@code application/json} (415). */
  UNSUPPORTED_MEDIA_TYPE(415),
  /** A body larger than the limit, with or without Content-Length (413). */
  PAYLOAD_TOO_LARGE(413),
  /** A request body that arrived too slowly or not whole (408). */
  BODY_TOO_SLOW(408),
  /** A body in another encoding than UTF-8, or with a byte order mark (415). */
  BODY_NOT_UTF8(415),
  /** The caller has too many requests running at once; see Retry-After (429). */
  TOO_MANY_CONCURRENT_REQUESTS(429),
  /** A route that answers only in a media type the request's Accept excludes (406). */
  NOT_ACCEPTABLE(406),
  /** A Last-Event-ID that names no event this ledger holds (400). */
  UNKNOWN_LAST_EVENT_ID(400),
  /** The caller sent too many requests; see Retry-After (429). */
  RATE_LIMITED(429),
  /** The ledger could not be reached; nothing was written; see Retry-After (503). */
  LEDGER_UNAVAILABLE(503),
  /**
   * The write may or may not have committed: look it up at /v1/requests/{requestId} before sending
   * it again (503).
   */
  OUTCOME_UNKNOWN(503),
  /** The ledger kept invalidating the transaction (read conflicts); nothing was written (503). */
  LEDGER_CONFLICT(503),
  /**
   * A Last-Event-ID that this instance never issued: {@code <blockNumber>:<transactionId>} (400).
   */
  INVALID_LAST_EVENT_ID(400),
  /** No ledger event feed is configured on this instance (503). */
  EVENTS_UNAVAILABLE(503),
  /**
   * An audit route on an instance without the auditor's database: only the auditor's API, started
   * with the audit store's settings, answers them (404).
   */
  AUDIT_STORE_NOT_CONFIGURED(404),
  /**
   * The auditor's database could not be reached or did not answer in time; see Retry-After (503).
   */
  AUDIT_STORE_UNAVAILABLE(503),
  /** A paging cursor that this query did not hand out (400). */
  INVALID_CURSOR(400),
  /** An unexpected failure; details are only in the API's log (500). */
  API_INTERNAL_ERROR(500);

  private final int status;

  ApiErrorCode(int status) {
    this.status = status;
  }

  /** The HTTP status that goes with this code. */
  public int status() {
    return status;
  }
}
