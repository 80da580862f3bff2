package io.timecoin.model;

/**
 * One version of the earning policy, as stored and returned.
 *
 * @param version 1, 2, 3, ... in the order the versions were set
 * @param maxCoinsPerActivity most coins one activity can earn
 * @param dailyCapCoins most coins one volunteer can earn per day
 * @param utcOffset fixed offset at which days start for the daily cap
 * @param setAt ISO-8601 UTC timestamp of the transaction that set it
 * @param setBy the submitting client identity
 * @param txId the transaction that set it
 */
public record EarningPolicyView(
    long version,
    CoinAmount maxCoinsPerActivity,
    CoinAmount dailyCapCoins,
    String utcOffset,
    String setAt,
    Recorder setBy,
    String txId) {

  public EarningPolicyView {
    if (version < 1) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, "version starts at 1");
    }
    requireLimits(maxCoinsPerActivity, dailyCapCoins);
    UtcOffsets.seconds(utcOffset);
    Fields.required(setAt, "setAt");
    Fields.required(setBy, "setBy");
    Fields.required(txId, "txId");
  }

  static void requireLimits(CoinAmount maxCoinsPerActivity, CoinAmount dailyCapCoins) {
    Fields.required(maxCoinsPerActivity, "maxCoinsPerActivity");
    Fields.required(dailyCapCoins, "dailyCapCoins");
    if (!maxCoinsPerActivity.isPositive()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "maxCoinsPerActivity must be greater than zero");
    }
    if (dailyCapCoins.units() < maxCoinsPerActivity.units()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "dailyCapCoins must be at least maxCoinsPerActivity");
    }
  }
}
