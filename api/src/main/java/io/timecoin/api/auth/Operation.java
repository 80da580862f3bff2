package io.timecoin.api.auth;

import io.timecoin.model.LedgerTransaction;
import io.timecoin.model.OrgRole;
import io.timecoin.model.Transactions;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Something a caller asks the API to do, with the roles allowed to do it. The roles come from the
 * transaction's declaration in {@link Transactions}, so the API and the chaincode cannot disagree
 * on which organisation may do what: a write is for the acting role of the org that may write it
 * ({@link Role#PLATFORM_OPERATOR}, {@link Role#INSURER_STAFF}), a read for the staff of every org
 * that may read it. Volunteers get nothing by default: reads of a volunteer's own data are {@link
 * OwnedRead}s, which cannot be authorised without the owner, and the few reads open to everyone are
 * named here.
 *
 * @param name the operation's name, for messages and tests.
 * @param allowed the roles that may perform it.
 * @param isWrite whether it writes to the ledger (and so needs an Idempotency-Key).
 */
public record Operation(String name, Set<Role> allowed, boolean isWrite) {

  /** The earning policy is public: volunteers see the rules they earn under. */
  public static final Operation READ_EARNING_POLICY =
      of(Transactions.GET_EARNING_POLICY).withVolunteers();

  /** Products are the insurer's public catalogue. */
  public static final Operation READ_PRODUCTS = of(Transactions.LIST_PRODUCTS).withVolunteers();

  /** The hearts policy is public: volunteers see the rules they earn hearts under. */
  public static final Operation READ_HEARTS_POLICY =
      of(Transactions.GET_HEARTS_POLICY).withVolunteers();

  /** Charity projects are public: every role, volunteers included, reads them. */
  public static final Operation READ_PROJECT = of(Transactions.GET_PROJECT).withVolunteers();

  /** A project's progress is public, like the project. */
  public static final Operation READ_PROJECT_PROGRESS =
      of(Transactions.GET_PROJECT_PROGRESS).withVolunteers();

  /**
   * Volunteers donate their own hearts with their own token (the API takes their volunteerId from
   * the token, never from the body); platform operators donate on a volunteer's behalf.
   */
  public static final Operation DONATE = of(Transactions.DONATE).withVolunteers();

  /** Claims by status span every volunteer: staff only. */
  public static final Operation LIST_CLAIMS = of(Transactions.LIST_CLAIMS);

  /**
   * A claim's private details (description, documents, payout reference): only the staff who act on
   * them. Not the auditor (the chaincode refuses its org anyway), not read-only platform staff, and
   * not volunteers: the platform's app shows a volunteer what they entered from its own records, so
   * a stolen volunteer token never exposes payout references.
   */
  public static final Operation READ_CLAIM_PRIVATE =
      of(Transactions.GET_CLAIM_PRIVATE).actingStaffOnly();

  public static final Operation READ_REQUEST = of(Transactions.GET_REQUEST);

  public static final Operation READ_KEY_HISTORY = of(Transactions.GET_KEY_HISTORY);

  /** A transaction's validation code, from the org's own peer (not a timecoin transaction). */
  public static final Operation READ_TRANSACTION = staffOfEveryOrg("READ_TRANSACTION");

  /** The server-sent stream of ledger events. */
  public static final Operation READ_EVENTS = staffOfEveryOrg("READ_EVENTS");

  /** Whole-account CSV exports: the auditor's tool. */
  public static final Operation EXPORT_ENTRIES =
      new Operation("EXPORT_ENTRIES", EnumSet.of(Role.AUDITOR), false);

  /** Questions across the whole ledger, from the auditor's own projection: the auditor's alone. */
  public static final Operation AUDIT_QUERIES =
      new Operation("AUDIT_QUERIES", EnumSet.of(Role.AUDITOR), false);

  public Operation {
    Objects.requireNonNull(name, "name");
    allowed = Set.copyOf(allowed);
  }

  /**
   * Running one ledger transaction through the API, with the roles its declaration gives.
   *
   * @param transaction the transaction.
   * @return writes: the acting roles of the orgs that may write it; reads: the staff of the orgs
   *     that may read it. Never volunteers.
   */
  public static Operation of(LedgerTransaction<?, ?> transaction) {
    Set<Role> allowed = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (staffMay(transaction, role) && (role.acts() || !transaction.isWrite())) {
        allowed.add(role);
      }
    }
    return new Operation(transaction.name(), allowed, transaction.isWrite());
  }

  /** Whether {@code role} belongs to an org the transaction's declaration allows. */
  static boolean staffMay(LedgerTransaction<?, ?> transaction, Role role) {
    OrgRole org = role.org();
    return org != null && transaction.allowedRoles().contains(org);
  }

  /**
   * The named operations.
   *
   * @return every constant of this class.
   */
  public static List<Operation> values() {
    return List.of(
        READ_EARNING_POLICY,
        READ_HEARTS_POLICY,
        READ_PROJECT,
        READ_PROJECT_PROGRESS,
        DONATE,
        READ_PRODUCTS,
        LIST_CLAIMS,
        READ_CLAIM_PRIVATE,
        READ_REQUEST,
        READ_KEY_HISTORY,
        READ_TRANSACTION,
        READ_EVENTS,
        EXPORT_ENTRIES,
        AUDIT_QUERIES);
  }

  /** Whether {@code role} may perform this operation. */
  public boolean allows(Role role) {
    return allowed.contains(role);
  }

  private Operation withVolunteers() {
    Set<Role> roles = EnumSet.copyOf(allowed);
    roles.add(Role.VOLUNTEER);
    return new Operation(name, roles, isWrite);
  }

  private Operation actingStaffOnly() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    allowed.stream().filter(Role::acts).forEach(roles::add);
    return new Operation(name, roles, isWrite);
  }

  private static Operation staffOfEveryOrg(String name) {
    Set<Role> roles = EnumSet.allOf(Role.class);
    roles.remove(Role.VOLUNTEER);
    return new Operation(name, roles, false);
  }

  @Override
  public String toString() {
    return name;
  }
}
