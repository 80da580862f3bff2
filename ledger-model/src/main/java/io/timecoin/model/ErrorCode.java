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
  INTERNAL_ERROR,
  /** A payment or transfer names the same account on both sides. */
  SAME_ACCOUNT,
  /** The movement would take a balance below zero. */
  INSUFFICIENT_BALANCE,
  /** The earning exceeds the policy's maximum coins per activity. */
  ACTIVITY_LIMIT_EXCEEDED,
  /** The earning would take the volunteer's earnings of the day above the policy's daily cap. */
  DAILY_CAP_EXCEEDED,
  /** No earning policy has been set yet, so nothing can be earned. */
  EARNING_POLICY_NOT_SET,
  /** The requested earning policy version does not exist. */
  POLICY_VERSION_NOT_FOUND,
  ENTRY_NOT_FOUND,
  /** The movement the entry belongs to has already been reversed. */
  ENTRY_ALREADY_REVERSED,
  /** No write with this requestId has been recorded. */
  REQUEST_NOT_FOUND,
  /** The account cannot move to the requested status (same status, or out of CLOSED). */
  INVALID_STATUS_CHANGE,
  /** Page size out of range, or a bookmark that was not issued for this query. */
  INVALID_PAGE,
  /** A time range with a missing bound, or whose start is not before its end. */
  INVALID_TIME_RANGE,
  /** The transaction name is not a function of the contract. */
  UNKNOWN_FUNCTION
}
