package io.timecoin.model;

/**
 * One version of the hearts policy: how many hearts a charity task may earn, and the time coins a
 * donation earns (capped per volunteer and day). Every version is kept.
 *
 * @param version 1, 2, 3, ...
 * @param maxHeartsPerTask most hearts one recorded task earns
 * @param coinsPerDonation time coins credited for each donation; zero credits none
 * @param dailyDonationCoinsCap most coins one volunteer earns by donating per day; once reached,
 *     donations still go through but credit no more coins
 * @param utcOffset fixed offset at which the days of the cap start
 * @param setAt ISO-8601 UTC timestamp of the transaction that set it
 * @param setBy the submitting client identity
 * @param txId the transaction that set it
 */
public record HeartsPolicyView(
    long version,
    long maxHeartsPerTask,
    CoinAmount coinsPerDonation,
    CoinAmount dailyDonationCoinsCap,
    String utcOffset,
    String setAt,
    Recorder setBy,
    String txId) {

  public HeartsPolicyView {
    if (version < 1) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, "version starts at 1");
    }
    HeartsFields.requireHearts(maxHeartsPerTask, "maxHeartsPerTask");
    Fields.required(coinsPerDonation, "coinsPerDonation");
    Fields.required(dailyDonationCoinsCap, "dailyDonationCoinsCap");
    UtcOffsets.seconds(utcOffset);
    Fields.required(setAt, "setAt");
    Fields.required(setBy, "setBy");
    Fields.required(txId, "txId");
  }
}
