package io.timecoin.auditstore.reconcile;

/**
 * The coin supply recomputed from entries, in minor units.
 *
 * @param mintedUnits sum of EARN entries
 * @param spentUnits coins moved by help payments (the payers' legs)
 * @param burnedForVouchersUnits coins burnt by VOUCHER_PURCHASE entries
 * @param reversedUnits net change made by REVERSAL entries (negative when mints were taken back)
 * @param balancesUnits sum of the projected account balances
 */
public record Supply(
    long mintedUnits,
    long spentUnits,
    long burnedForVouchersUnits,
    long reversedUnits,
    long balancesUnits) {

  /** What the balances must add up to: nothing is created or destroyed but by these. */
  public long expectedBalancesUnits() {
    return mintedUnits - burnedForVouchersUnits + reversedUnits;
  }
}
