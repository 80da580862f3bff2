package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#SET_HEARTS_POLICY}: the hearts rules from now on.
 *
 * @param requestId client-chosen idempotency key
 * @param maxHeartsPerTask most hearts one recorded task earns, 1 to {@link HeartsFields#MAX_HEARTS}
 * @param coinsPerDonation time coins each donation credits (zero: none)
 * @param dailyDonationCoinsCap most coins per volunteer and day from donating
 * @param utcOffset fixed offset ({@code "+08:00"}) at which the days of the cap start
 */
public record SetHeartsPolicyRequest(
    String requestId,
    Long maxHeartsPerTask,
    CoinAmount coinsPerDonation,
    CoinAmount dailyDonationCoinsCap,
    String utcOffset)
    implements WriteRequest {

  public SetHeartsPolicyRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    HeartsFields.requireHearts(maxHeartsPerTask, "maxHeartsPerTask");
    Fields.required(coinsPerDonation, "coinsPerDonation");
    Fields.required(dailyDonationCoinsCap, "dailyDonationCoinsCap");
    UtcOffsets.seconds(utcOffset);
  }
}
