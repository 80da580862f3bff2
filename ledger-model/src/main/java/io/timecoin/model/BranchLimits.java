package io.timecoin.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * One branch's own earning limits inside an earning policy: they replace the policy's general
 * limits for earnings recorded by that branch's verifiers. A branch limit on its total per day is
 * deliberately not offered: every earning of the branch would then read and write one key, and
 * concurrent earnings of a branch would invalidate each other at commit.
 *
 * @param maxCoinsPerActivity most coins one activity verified by the branch can earn, more than
 *     zero
 * @param dailyCapCoins most coins one volunteer can earn per day through the branch's verifiers'
 *     earnings counted with all their other earnings of the day, at least maxCoinsPerActivity
 */
public record BranchLimits(CoinAmount maxCoinsPerActivity, CoinAmount dailyCapCoins) {

  /** Most branches one policy version can name, so a policy stays a small record. */
  public static final int MAX_BRANCHES = 500;

  public BranchLimits {
    EarningPolicyView.requireLimits(maxCoinsPerActivity, dailyCapCoins);
  }

  /**
   * {@code limits} checked and sorted by branch, or {@code null} for none.
   *
   * @throws LedgerValidationException with INVALID_ARGUMENT for a bad branch name, a missing entry
   *     or too many branches
   */
  static Map<String, BranchLimits> checked(Map<String, BranchLimits> limits) {
    if (limits == null) {
      return null;
    }
    if (limits.size() > MAX_BRANCHES) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "branchLimits names at most " + MAX_BRANCHES + " branches");
    }
    Map<String, BranchLimits> sorted = new TreeMap<>();
    for (Map.Entry<String, BranchLimits> entry : limits.entrySet()) {
      Identifiers.requireVerifierId(Fields.required(entry.getKey(), "branch"));
      sorted.put(entry.getKey(), Fields.required(entry.getValue(), "branchLimits"));
    }
    return Collections.unmodifiableMap(sorted);
  }
}
