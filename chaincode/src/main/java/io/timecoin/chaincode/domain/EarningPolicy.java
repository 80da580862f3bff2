package io.timecoin.chaincode.domain;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.EarningPolicyView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.SetEarningPolicyRequest;
import io.timecoin.model.UtcOffsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The earning limits in force: coins per activity and per volunteer per day. */
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
        tx.txId());
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
   * Admits an earning of {@code coins} by a volunteer who already earned {@code earnedToday} on the
   * same day, and returns the day's new total.
   */
  public CoinAmount admit(CoinAmount coins, CoinAmount earnedToday) {
    if (coins.units() > view.maxCoinsPerActivity().units()) {
      throw new LedgerValidationException(
          ErrorCode.ACTIVITY_LIMIT_EXCEEDED,
          "one activity earns at most "
              + view.maxCoinsPerActivity()
              + " coins under policy version "
              + view.version());
    }
    // Subtraction cannot overflow: both are non-negative. A lowered cap can leave room < 0.
    long room = view.dailyCapCoins().units() - earnedToday.units();
    if (coins.units() > room) {
      throw new LedgerValidationException(
          ErrorCode.DAILY_CAP_EXCEEDED,
          "a volunteer earns at most "
              + view.dailyCapCoins()
              + " coins per day under policy version "
              + view.version());
    }
    return earnedToday.plus(coins);
  }
}
