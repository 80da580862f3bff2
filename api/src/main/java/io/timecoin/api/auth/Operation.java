package io.timecoin.api.auth;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every operation of the API with the roles allowed to perform it: the one access table. The
 * chaincode enforces the org-level rules again; this table adds the finer roles inside an org and
 * the volunteer's own-data rule (checked by the resources with {@link Caller#mayRead}).
 */
public enum Operation {
  REGISTER_VOLUNTEER(Kind.WRITE, Role.PLATFORM_OPERATOR),
  SET_ACCOUNT_STATUS(Kind.WRITE, Role.PLATFORM_OPERATOR),
  RECORD_EARNING(Kind.WRITE, Role.PLATFORM_OPERATOR),
  PAY_FOR_HELP(Kind.WRITE, Role.PLATFORM_OPERATOR),
  TRANSFER(Kind.WRITE, Role.PLATFORM_OPERATOR),
  REVERSE_ENTRY(Kind.WRITE, Role.PLATFORM_OPERATOR),
  SET_EARNING_POLICY(Kind.WRITE, Role.PLATFORM_OPERATOR),
  DEFINE_VOUCHER_PRODUCT(Kind.WRITE, Role.INSURER_STAFF),
  SET_PRODUCT_ACTIVE(Kind.WRITE, Role.INSURER_STAFF),
  PURCHASE_VOUCHER(Kind.WRITE, Role.PLATFORM_OPERATOR),
  VOID_VOUCHER(Kind.WRITE, Role.INSURER_STAFF),
  FILE_CLAIM(Kind.WRITE, Role.PLATFORM_OPERATOR),
  DECIDE_CLAIM(Kind.WRITE, Role.INSURER_STAFF),
  MARK_CLAIM_PAID(Kind.WRITE, Role.INSURER_STAFF),
  READ_ACCOUNT(
      Kind.READ,
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  READ_ENTRIES(
      Kind.READ,
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  READ_EARNING_POLICY(
      Kind.READ,
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  /** Products are the insurer's public catalogue. */
  READ_PRODUCTS(
      Kind.READ,
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  /** A volunteer reads only their own vouchers (checked with {@link Caller#mayRead}). */
  READ_VOUCHERS(
      Kind.READ,
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  /** The public part of one claim; a volunteer only their own. */
  READ_CLAIM(
      Kind.READ,
      Role.PLATFORM_OPERATOR,
      Role.PLATFORM_READER,
      Role.INSURER_STAFF,
      Role.AUDITOR,
      Role.VOLUNTEER),
  /** Claims by status span every volunteer: staff only. */
  LIST_CLAIMS(
      Kind.READ, Role.PLATFORM_OPERATOR, Role.PLATFORM_READER, Role.INSURER_STAFF, Role.AUDITOR),
  /**
   * A claim's private details (description, documents, payout reference): only the staff who act on
   * them. Not the auditor (the chaincode refuses its org anyway), not read-only platform staff, and
   * not volunteers: the platform's app shows a volunteer what they entered from its own records, so
   * a stolen volunteer token never exposes payout references.
   */
  READ_CLAIM_PRIVATE(Kind.READ, Role.PLATFORM_OPERATOR, Role.INSURER_STAFF),
  READ_REQUEST(
      Kind.READ, Role.PLATFORM_OPERATOR, Role.PLATFORM_READER, Role.INSURER_STAFF, Role.AUDITOR),
  READ_TRANSACTION(
      Kind.READ, Role.PLATFORM_OPERATOR, Role.PLATFORM_READER, Role.INSURER_STAFF, Role.AUDITOR),
  READ_EVENTS(
      Kind.READ, Role.PLATFORM_OPERATOR, Role.PLATFORM_READER, Role.INSURER_STAFF, Role.AUDITOR),
  READ_KEY_HISTORY(Kind.READ, Role.AUDITOR),
  EXPORT_ENTRIES(Kind.READ, Role.AUDITOR);

  /** Whether an operation writes to the ledger. */
  enum Kind {
    READ,
    WRITE
  }

  private final Kind kind;
  private final Set<Role> allowed;

  Operation(Kind kind, Role first, Role... more) {
    this.kind = kind;
    this.allowed = EnumSet.of(first, more);
  }

  /** Whether {@code role} may perform this operation. */
  public boolean allows(Role role) {
    return allowed.contains(role);
  }

  /** Whether this operation writes to the ledger (and so needs an Idempotency-Key). */
  public boolean isWrite() {
    return kind == Kind.WRITE;
  }
}
