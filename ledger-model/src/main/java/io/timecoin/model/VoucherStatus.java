package io.timecoin.model;

/**
 * A voucher's status, derived (never stored) from the time of the transaction that reads it and the
 * voucher's state, in this order: VOIDED if the insurer voided it; EXPIRED from the end of the
 * cover on; EXHAUSTED when no cover is left; ACTIVE otherwise.
 */
public enum VoucherStatus {
  ACTIVE,
  EXPIRED,
  EXHAUSTED,
  VOIDED
}
