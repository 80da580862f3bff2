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
  /**
   * The account cannot move to the requested status (same status, or out of CLOSED); likewise a
   * voucher product set to the active state it already has.
   */
  INVALID_STATUS_CHANGE,
  /** Page size out of range, or a bookmark that was not issued for this query. */
  INVALID_PAGE,
  /** A time range with a missing bound, or whose start is not before its end. */
  INVALID_TIME_RANGE,
  /** The transaction name is not a function of the contract. */
  UNKNOWN_FUNCTION,
  /** No voucher product with this code has been defined. */
  PRODUCT_NOT_FOUND,
  /** A voucher product with this code is already defined; codes are never reused. */
  PRODUCT_ALREADY_EXISTS,
  /** The voucher product is inactive: no new vouchers can be bought. */
  PRODUCT_INACTIVE,
  /**
   * No voucher with this id, or (for a claim) the voucher belongs to another volunteer: the two are
   * one code on purpose, so that a caller cannot learn which vouchers exist.
   */
  VOUCHER_NOT_FOUND,
  /** The volunteer already holds an ACTIVE voucher of this product. */
  VOUCHER_ALREADY_ACTIVE,
  /** The voucher is VOIDED or EXHAUSTED (or, for a void, no longer ACTIVE). */
  VOUCHER_NOT_ACTIVE,
  /** The incident date lies outside the voucher's cover, or after today. */
  INCIDENT_OUTSIDE_COVER,
  CLAIM_NOT_FOUND,
  /** An open claim (FILED, or APPROVED and not yet paid) exists for this voucher and activity. */
  CLAIM_ALREADY_OPEN,
  /** The claim was already decided; decisions are final. */
  CLAIM_ALREADY_DECIDED,
  /** Only an APPROVED (and not yet paid) claim can be marked paid. */
  CLAIM_NOT_APPROVED,
  /** The approved amount exceeds the voucher's remaining cover. */
  COVER_EXCEEDED,
  /** FileClaim needs the private details in the transient map under {@code claimPrivate}. */
  PRIVATE_DETAILS_MISSING,
  /** The transient private details exceed the size limit. */
  PRIVATE_DETAILS_TOO_LARGE,
  /**
   * The private details cannot be read here: the endorsing peer's organisation is not a member of
   * the collection.
   */
  PRIVATE_DATA_NOT_AUTHORIZED,
  /**
   * The transaction timestamp the submitter chose lies outside the window that the endorsing peer
   * accepts around its own clock ({@code TIMECOIN_TIMESTAMP_WINDOW}). Send the write again: the
   * client builds a new proposal with the current time.
   */
  TIMESTAMP_OUT_OF_WINDOW,
  /**
   * An account that still holds coins cannot be closed: its coins would be stranded. Move them
   * first (a transfer), then close it.
   */
  ACCOUNT_NOT_EMPTY,
  /** The claim's private details can only be read with a one-time key in the transient map. */
  PRIVATE_READ_KEY_MISSING,
  /**
   * The transaction needs an operator role (certificate attribute {@code role}, e.g. {@code
   * earning-verifier}) that the caller's certificate does not carry; an org's identities without
   * attributes (cryptogen's) never mint, set the policy or decide claims.
   */
  ROLE_REQUIRED,
  /**
   * The caller's certificate carries a Fabric CA attribute extension, or a {@code role} or {@code
   * branch} attribute, that cannot be read: refused whatever the transaction (fail closed).
   */
  ATTRIBUTE_MALFORMED,
  /** An earning names a verifier other than the branch in the caller's certificate. */
  VERIFIER_MISMATCH,
  /**
   * The caller's certificate is suspended or revoked in its organisation's operator registry on the
   * ledger: none of its writes is accepted until the org reinstates it (never, if revoked).
   */
  IDENTITY_SUSPENDED,
  /** An operator registry change names another organisation: an org manages only its own. */
  OPERATOR_OF_ANOTHER_ORG,
  /**
   * Not a chaincode code: the peers refused the caller's certificate before the chaincode ran
   * (revoked by the org's CRL in the channel configuration, expired, or not issued by the org's
   * CA). Set by the client from the peers' answer; nothing was written.
   */
  IDENTITY_REFUSED,
  /** The donor holds fewer hearts than the donation. */
  INSUFFICIENT_HEARTS,
  /** Hearts are never transferable between volunteers; they are spent only on donations. */
  HEARTS_NOT_TRANSFERABLE,
  /** No hearts policy has been set yet, so no hearts can be earned. */
  HEARTS_POLICY_NOT_SET,
  /** The hearts for one task exceed the hearts policy's maxHeartsPerTask. */
  HEARTS_LIMIT_EXCEEDED,
  PROJECT_NOT_FOUND,
  /** A project with this id exists; ids are never reused. */
  PROJECT_ALREADY_EXISTS,
  /** The project is FUNDED, EXPIRED or CANCELLED: it takes no donations and cannot close again. */
  PROJECT_CLOSED,
  /** The project's deadline has passed: it takes no donations (close it to settle it). */
  PROJECT_EXPIRED,
  /** The project cannot close yet: its target is not reached and its deadline has not come. */
  PROJECT_TARGET_NOT_REACHED,
  /** Donations go back only from EXPIRED or CANCELLED projects, and only once. */
  PROJECT_NOT_RETURNABLE
}
