package io.timecoin.model;

/**
 * Stable error codes that the chaincode puts at the start of every failure message as {@code
 * [CODE]}. Clients map them to typed exceptions; the API maps them to HTTP statuses. Codes are part
 * of the wire contract: add new ones, never rename or remove.
 */
public enum ErrorCode {
  /** The request could not be read: not JSON, wrong shape, unknown or missing property. */
  MALFORMED_REQUEST,
  /** A field is present but violates its rule (and no more specific code applies). */
  INVALID_ARGUMENT,
  INVALID_VOLUNTEER_ID,
  INVALID_REQUEST_ID,
  INVALID_ACTIVITY_ID,
  /** Not a valid amount, or not allowed for this operation (e.g. zero earning). */
  INVALID_AMOUNT,
  /** Exact arithmetic on amounts would exceed the representable range. */
  AMOUNT_OVERFLOW,
  /** The caller's organisation or certificate type may not perform this operation. */
  ACCESS_DENIED,
  VOLUNTEER_ALREADY_REGISTERED,
  VOLUNTEER_NOT_FOUND,
  ACCOUNT_NOT_ACTIVE,
  /** The activity has already been credited to this volunteer. */
  DUPLICATE_ACTIVITY,
  /** The requestId was already used with a different payload or transaction. */
  IDEMPOTENCY_CONFLICT,
  /** An unexpected failure; details are only in the peer's logs. */
  INTERNAL_ERROR
}
