package io.timecoin.model;

import java.util.Objects;
import java.util.Set;

/**
 * One chaincode transaction as declared in {@link Transactions}: its name, what it takes, what it
 * returns and which organisations may run it. The contract, the clients and the API read these
 * declarations instead of restating them.
 *
 * @param <A> what the caller passes: a request record, or a bare id for simple reads
 * @param <R> the result record
 */
public abstract sealed class LedgerTransaction<A, R> permits WriteTransaction, ReadTransaction {

  private final String name;
  private final Class<R> resultType;
  private final Set<OrgRole> allowedRoles;

  LedgerTransaction(String name, Class<R> resultType, Set<OrgRole> allowedRoles) {
    this.name = Objects.requireNonNull(name, "name");
    this.resultType = Objects.requireNonNull(resultType, "resultType");
    this.allowedRoles = Set.copyOf(allowedRoles);
    if (this.allowedRoles.isEmpty()) {
      throw new IllegalArgumentException(name + " must allow at least one role");
    }
  }

  /**
   * The chaincode function name, one of {@link TransactionNames}.
   *
   * @return the name
   */
  public final String name() {
    return name;
  }

  /**
   * The record the result JSON is read as.
   *
   * @return the result type
   */
  public final Class<R> resultType() {
    return resultType;
  }

  /**
   * The organisation roles that may run it; the chaincode refuses every other caller.
   *
   * @return the roles, never empty
   */
  public final Set<OrgRole> allowedRoles() {
    return allowedRoles;
  }

  /**
   * Whether it is ordered and committed (a write) rather than evaluated on one peer (a read).
   *
   * @return true for writes
   */
  public final boolean isWrite() {
    return this instanceof WriteTransaction;
  }

  @Override
  public final String toString() {
    return name;
  }
}
