package io.timecoin.model;

/**
 * Argument of {@link TransactionNames#SET_EARNING_POLICY}: the earning limits from now on. The
 * ledger numbers versions 1, 2, 3, ... and keeps every one.
 *
 * @param requestId client-chosen idempotency key
 * @param maxCoinsPerActivity most coins one activity can earn, more than zero
 * @param dailyCapCoins most coins one volunteer can earn per day, at least maxCoinsPerActivity
 * @param utcOffset fixed offset ({@code "+08:00"}) at which days start, -12:00 to +14:00
 */
public record SetEarningPolicyRequest(
    String requestId, CoinAmount maxCoinsPerActivity, CoinAmount dailyCapCoins, String utcOffset)
    implements WriteRequest {

  public SetEarningPolicyRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    EarningPolicyView.requireLimits(maxCoinsPerActivity, dailyCapCoins);
    UtcOffsets.seconds(utcOffset);
  }
}
