package io.timecoin.model;

/**
 * An operator identity's standing in its organisation's registry on the ledger. An identity never
 * named in the registry is ACTIVE.
 */
public enum OperatorStatus {
  /** Writes are accepted (subject to the identity's roles). */
  ACTIVE,
  /** No write is accepted until the org sets it ACTIVE again. */
  SUSPENDED,
  /** No write is accepted, ever: REVOKED is final. */
  REVOKED
}
