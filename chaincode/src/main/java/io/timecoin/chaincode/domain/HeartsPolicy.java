package io.timecoin.chaincode.domain;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.HeartsPolicyView;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.SetHeartsPolicyRequest;
import io.timecoin.model.UtcOffsets;
import java.time.Instant;
import java.util.Optional;

/** The hearts rules in force: hearts per task, and the coins a donation earns per day. */
public final class HeartsPolicy {

  private HeartsPolicy() {}

  /** The version {@code request} sets after {@code current}: versions count up from 1. */
  public static HeartsPolicyView next(
      Optional<HeartsPolicyView> current, SetHeartsPolicyRequest request, TxStamp tx) {
    long version = current.map(HeartsPolicyView::version).orElse(0L) + 1;
    return new HeartsPolicyView(
        version,
        request.maxHeartsPerTask(),
        request.coinsPerDonation(),
        request.dailyDonationCoinsCap(),
        request.utcOffset(),
        tx.timestamp(),
        tx.recordedBy(),
        tx.txId());
  }

  /**
   * The policy in force.
   *
   * @throws LedgerValidationException with {@link ErrorCode#HEARTS_POLICY_NOT_SET} if none is
   */
  public static HeartsPolicyView current(Optional<HeartsPolicyView> stored) {
    return stored.orElseThrow(HeartsPolicy::notSet);
  }

  public static LedgerValidationException notSet() {
    return new LedgerValidationException(
        ErrorCode.HEARTS_POLICY_NOT_SET,
        "no hearts policy has been set yet; no hearts can be earned before one is");
  }

  /** Refuses a task that earns more hearts than the policy allows. */
  public static void admitTask(HeartsPolicyView policy, long hearts) {
    if (hearts > policy.maxHeartsPerTask()) {
      throw new LedgerValidationException(
          ErrorCode.HEARTS_LIMIT_EXCEEDED,
          "one task earns at most "
              + policy.maxHeartsPerTask()
              + " hearts under hearts policy version "
              + policy.version());
    }
  }

  /** The day, at the policy's offset, that a donation's coins count towards. */
  public static String dayOf(HeartsPolicyView policy, Instant time) {
    return UtcOffsets.dayOf(time, policy.utcOffset());
  }

  /**
   * The coins a donation earns when the donor already earned {@code earnedToday} by donating that
   * day: the policy's coins per donation, cut to what is left under the daily cap (never below
   * zero; the donation itself is never refused for the cap).
   */
  public static CoinAmount coinsFor(HeartsPolicyView policy, CoinAmount earnedToday) {
    long room = Math.max(0, policy.dailyDonationCoinsCap().units() - earnedToday.units());
    return CoinAmount.ofUnits(Math.min(policy.coinsPerDonation().units(), room));
  }
}
