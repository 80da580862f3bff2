package io.timecoin.model;

/** Kind of movement an entry records. */
public enum EntryType {
  /** Coins minted for a verified volunteer activity. */
  EARN,
  /** One leg of a payment from a help requester to a helper. */
  HELP_PAYMENT,
  /** One leg of a gift between volunteers. */
  TRANSFER,
  /** Coins burnt to buy an insurance voucher. */
  VOUCHER_PURCHASE,
  /** Compensates an earlier entry, which itself is never changed. */
  REVERSAL,
  /** Platform correction with a reason. */
  ADJUSTMENT
}
