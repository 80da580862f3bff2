package io.timecoin.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

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
 * @param branchLimits limits of their own for some branches, else {@code null} (left out of the
 *     JSON, so versions set before branches had limits read as they did)
 */
public record EarningPolicyView(
    long version,
    CoinAmount maxCoinsPerActivity,
    CoinAmount dailyCapCoins,
    String utcOffset,
    String setAt,
    Recorder setBy,
    String txId,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, BranchLimits> branchLimits) {

  public EarningPolicyView {
    if (version < 1) {
      throw new LedgerValidationException(ErrorCode.INVALID_ARGUMENT, "version starts at 1");
    }
    requireLimits(maxCoinsPerActivity, dailyCapCoins);
    UtcOffsets.seconds(utcOffset);
    Fields.required(setAt, "setAt");
    Fields.required(setBy, "setBy");
    Fields.required(txId, "txId");
    branchLimits = BranchLimits.checked(branchLimits);
  }

  /** A version with the same limits for every branch. */
  public EarningPolicyView(
      long version,
      CoinAmount maxCoinsPerActivity,
      CoinAmount dailyCapCoins,
      String utcOffset,
      String setAt,
      Recorder setBy,
      String txId) {
    this(version, maxCoinsPerActivity, dailyCapCoins, utcOffset, setAt, setBy, txId, null);
  }

  /** The limits that apply to earnings verified by {@code branch} ({@code null}: no branch). */
  public BranchLimits limitsFor(String branch) {
    if (branch != null && branchLimits != null && branchLimits.containsKey(branch)) {
      return branchLimits.get(branch);
    }
    return new BranchLimits(maxCoinsPerActivity, dailyCapCoins);
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
