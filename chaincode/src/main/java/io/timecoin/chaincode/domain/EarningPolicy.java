package io.timecoin.chaincode.domain;

import io.timecoin.model.BranchLimits;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.UtcOffsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The earning limits in force: coins per activity and per volunteer per day, generally or for the
 * verifying branch.
 */
public final class EarningPolicy {

  private final EarningPolicyView view;

  private EarningPolicy(EarningPolicyView view) {
    this.view = Objects.requireNonNull(view, "view");
  }

  /**
   * The policy in force.
   *
   * @throws LedgerValidationException with {@link ErrorCode#EARNING_POLICY_NOT_SET} if none has
   *     been set
   */
  public static EarningPolicy current(Optional<EarningPolicyView> stored) {
    return new EarningPolicy(stored.orElseThrow(EarningPolicy::notSet));
  }

  /** The version that {@code request} sets after {@code current}: versions count up from 1. */
  public static EarningPolicyView next(
      Optional<EarningPolicyView> current, SetEarningPolicyRequest request, TxStamp tx) {
    long version = current.map(EarningPolicyView::version).orElse(0L) + 1;
    return new EarningPolicyView(
        version,
        request.maxCoinsPerActivity(),
        request.dailyCapCoins(),
        request.utcOffset(),
        tx.timestamp(),
        tx.recordedBy(),
        tx.txId(),
        request.branchLimits());
  }

  /**
   * The branch an earning is recorded under: the one in the verifier's certificate. A request may
   * name it again (older clients send {@code verifier}), never another.
   *
   * @param certificateBranch the submitter's branch attribute; access rules guarantee an earning
   *     verifier has one
   * @throws LedgerValidationException VERIFIER_MISMATCH if the request names another branch
   */
  public static String verifyingBranch(RecordEarningRequest request, String certificateBranch) {
    if (certificateBranch == null) {
      throw new LedgerValidationException(
          ErrorCode.ROLE_REQUIRED, "an earning verifier's certificate must name its branch");
    }
    if (request.verifier() != null && !request.verifier().equals(certificateBranch)) {
      throw new LedgerValidationException(
          ErrorCode.VERIFIER_MISMATCH,
          "the request names a verifier other than the branch in the caller's certificate;"
              + " leave verifier out or send the certificate's branch");
    }
    return certificateBranch;
  }

  public static LedgerValidationException notSet() {
    return new LedgerValidationException(
        ErrorCode.EARNING_POLICY_NOT_SET,
        "no earning policy has been set yet; nothing can be earned before one is");
  }

  /** The calendar day, at the policy's offset, that the daily cap counts {@code time} towards. */
  public String dayOf(Instant time) {
    return UtcOffsets.dayOf(time, view.utcOffset());
  }

  /**
   * Admits an earning of {@code coins}, verified by {@code branch}, by a volunteer who already
   * earned {@code earnedToday} on the same day, and returns the day's new total. The branch's own
   * limits apply if the policy sets some, the general ones otherwise.
   */
  public CoinAmount admit(CoinAmount coins, String branch, CoinAmount earnedToday) {
    BranchLimits limits = view.limitsFor(branch);
    String scope =
        limits.equals(new BranchLimits(view.maxCoinsPerActivity(), view.dailyCapCoins()))
            ? ""
            : " for this branch";
    if (coins.units() > limits.maxCoinsPerActivity().units()) {
      throw new LedgerValidationException(
          ErrorCode.ACTIVITY_LIMIT_EXCEEDED,
          "one activity earns at most "
              + limits.maxCoinsPerActivity()
              + " coins"
              + scope
              + " under policy version "
              + view.version());
    }
    // Subtraction cannot overflow: both are non-negative. A lowered cap can leave room < 0.
    long room = limits.dailyCapCoins().units() - earnedToday.units();
    if (coins.units() > room) {
      throw new LedgerValidationException(
          ErrorCode.DAILY_CAP_EXCEEDED,
          "a volunteer earns at most "
              + limits.dailyCapCoins()
              + " coins per day"
              + scope
              + " under policy version "
              + view.version());
    }
    return earnedToday.plus(coins);
  }
}
