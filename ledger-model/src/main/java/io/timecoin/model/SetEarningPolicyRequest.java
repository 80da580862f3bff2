package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Argument of {@link TransactionNames#SET_EARNING_POLICY}: the earning limits from now on. The
 * ledger numbers versions 1, 2, 3, ... and keeps every one.
 *
 * @param requestId client-chosen idempotency key
 * @param maxCoinsPerActivity most coins one activity can earn, more than zero
 * @param dailyCapCoins most coins one volunteer can earn per day, at least maxCoinsPerActivity
 * @param utcOffset fixed offset ({@code "+08:00"}) at which days start, -12:00 to +14:00
 * @param branchLimits optional: limits of their own for some branches (by the {@code branch}
 *     attribute of their verifiers' certificates); other branches get the general ones
 */
public record SetEarningPolicyRequest(
    String requestId,
    CoinAmount maxCoinsPerActivity,
    CoinAmount dailyCapCoins,
    String utcOffset,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, BranchLimits> branchLimits)
    implements WriteRequest {

  public SetEarningPolicyRequest {
    Identifiers.requireRequestId(Fields.required(requestId, "requestId"));
    EarningPolicyView.requireLimits(maxCoinsPerActivity, dailyCapCoins);
    UtcOffsets.seconds(utcOffset);
    branchLimits = BranchLimits.checked(branchLimits);
  }

  /** A policy with the same limits for every branch. */
  public SetEarningPolicyRequest(
      String requestId,
      CoinAmount maxCoinsPerActivity,
      CoinAmount dailyCapCoins,
      String utcOffset) {
    this(requestId, maxCoinsPerActivity, dailyCapCoins, utcOffset, null);
  }
}
