package io.timecoin.chaincode.domain;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryType;

/**
 * The time coins a donation earns: an EARN entry on the donor's coin account (minted like any
 * earning, so the supply reconciliation counts it), its activity {@code donation:<txId>} and its
 * category {@code donation}.
 */
public final class DonationReward {

  /** Category of the EARN entries that donations credit. */
  public static final String CATEGORY = "donation";

  private DonationReward() {}

  /** Credits {@code coins} (more than zero) to the donor's ACTIVE account. */
  public static Posting credit(
      Account donor, CoinAmount coins, String projectId, String requestId, TxStamp tx) {
    EntryDetails details =
        new EntryDetails(
            null,
            "donation:" + tx.txId(),
            null,
            CATEGORY,
            null,
            null,
            null,
            null,
            "project " + projectId,
            null);
    return donor.credit(coins, EntryType.EARN, Account.Total.EARNED, details, requestId, tx, 0);
  }
}
