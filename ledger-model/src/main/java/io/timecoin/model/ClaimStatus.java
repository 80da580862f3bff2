package io.timecoin.model;

/**
 * Where a claim is: FILED, then APPROVED or REJECTED (final), then PAID for an approved one. A
 * claim is <em>open</em> while FILED or APPROVED: at most one open claim per voucher and activity.
 */
public enum ClaimStatus {
  FILED,
  APPROVED,
  REJECTED,
  PAID;

  /** FILED, or APPROVED and not yet paid. */
  public boolean isOpen() {
    return this == FILED || this == APPROVED;
  }
}
