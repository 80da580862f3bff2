package io.timecoin.model;

import java.util.Set;

/**
 * One chaincode transaction as declared in {@link Transactions}: its name, what it takes, what it
 * returns and which organisations may run it. The contract, the clients and the API read these
 * declarations instead of restating them.
 *
 * @param <A> what the caller passes: a request record, or a bare id for simple reads
 * @param <R> the result record
 */
public sealed interface LedgerTransaction<A, R> permits WriteTransaction, ReadTransaction {

  /**
   * The chaincode function name, one of {@link TransactionNames}.
   *
   * @return the name
   */
  String name();

  /**
   * The record the result JSON is read as.
   *
   * @return the result type
   */
  Class<R> resultType();

  /**
   * The organisation roles that may run it; the chaincode refuses every other caller.
   *
   * @return the roles, never empty
   */
  Set<OrgRole> allowedRoles();

  /**
   * Whether it is ordered and committed (a write) rather than evaluated on one peer (a read).
   *
   * @return true for writes
   */
  default boolean isWrite() {
    return this instanceof WriteTransaction;
  }
}
