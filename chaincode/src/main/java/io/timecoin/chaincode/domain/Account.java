package io.timecoin.chaincode.domain;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.RecordEarningRequest;
import io.timecoin.model.SignedCoinAmount;
import java.util.Objects;

/**
 * A volunteer's account and the rules for moving coins on it. Immutable: every movement returns a
 * new account together with the entry that records it.
 *
 * <p>The totals (earned, spent, received, given) are gross: a reversal changes the balance but no
 * total, so totals always show what happened and the REVERSAL entries show what was undone.
 */
public final class Account {

  /** Which total a movement adds to. */
  enum Total {
    EARNED,
    SPENT,
    RECEIVED,
    GIVEN,
    NONE
  }

  private final AccountView state;
  private final EarnedDays earnedDays;

  private Account(AccountView state, EarnedDays earnedDays) {
    this.state = Objects.requireNonNull(state, "state");
    this.earnedDays = Objects.requireNonNull(earnedDays, "earnedDays");
  }

  /** A new ACTIVE account with nothing on it. */
  public static Account open(String volunteerId, String createdAt) {
    CoinAmount zero = CoinAmount.ZERO;
    return new Account(
        new AccountView(
            volunteerId, AccountStatus.ACTIVE, zero, zero, zero, zero, zero, 0, createdAt),
        EarnedDays.none());
  }

  /** The account as stored: its public view and the daily totals kept for the daily cap. */
  public static Account of(AccountView state, EarnedDays earnedDays) {
    return new Account(state, earnedDays);
  }

  /** What GetAccount returns: everything but the daily totals. */
  public AccountView view() {
    return state;
  }

  /** The daily totals kept for the daily cap; see {@link EarnedDays}. */
  public EarnedDays earnedDays() {
    return earnedDays;
  }

  /**
   * What the volunteer earned on {@code day}, for the daily cap.
   *
   * @throws io.timecoin.model.LedgerValidationException with {@link
   *     ErrorCode#TIMESTAMP_OUT_OF_WINDOW} if {@code day} is older than the kept days
   */
  public CoinAmount earnedOn(String day) {
    return earnedDays.on(day);
  }

  /** This account with {@code day}'s earnings set to {@code total} (after an admitted earning). */
  public Account withEarnedOn(String day, CoinAmount total) {
    return new Account(state, earnedDays.with(day, total));
  }

  public String volunteerId() {
    return state.volunteerId();
  }

  public CoinAmount balance() {
    return state.balance();
  }

  /**
   * Moves the account to {@code next}. CLOSED is final; asking for the current status is refused
   * too, so every accepted change is a real change.
   */
  public Account withStatus(AccountStatus next) {
    if (state.status() == AccountStatus.CLOSED) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_STATUS_CHANGE, "a CLOSED account stays closed");
    }
    if (state.status() == next) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_STATUS_CHANGE, "the account already is " + next);
    }
    if (next == AccountStatus.CLOSED && state.balance().isPositive()) {
      // CLOSED is final and a closed account neither pays nor is reversed: its coins would be
      // stranded, out of circulation yet still counted in the supply.
      throw new LedgerValidationException(
          ErrorCode.ACCOUNT_NOT_EMPTY,
          "the account still holds "
              + state.balance()
              + " coins; transfer them (a frozen account must be reactivated first), then close it");
    }
    return new Account(
        new AccountView(
            state.volunteerId(),
            next,
            state.balance(),
            state.totalEarned(),
            state.totalSpent(),
            state.totalReceived(),
            state.totalGiven(),
            state.entryCount(),
            state.createdAt()),
        earnedDays);
  }

  /**
   * Credits a verified activity: the account must be ACTIVE, the coins positive and the activity
   * not credited before. The earning policy's limits are checked by {@link EarningPolicy}.
   */
  public Posting earn(
      RecordEarningRequest request, String branch, boolean activityAlreadyCredited, TxStamp tx) {
    if (!request.volunteerId().equals(volunteerId())) {
      throw new IllegalArgumentException("earning is for another account");
    }
    requireActive();
    requirePositive(request.coins());
    if (activityAlreadyCredited) {
      throw new LedgerValidationException(
          ErrorCode.DUPLICATE_ACTIVITY,
          "this activity has already been credited to this volunteer; each activity earns once");
    }
    return post(
        EntryType.EARN,
        SignedCoinAmount.credit(request.coins()),
        Total.EARNED,
        EntryDetails.earning(request, branch),
        request.requestId(),
        tx,
        0);
  }

  /** Takes {@code coins} off an ACTIVE account that holds at least that much. */
  Posting debit(
      CoinAmount coins,
      EntryType type,
      Total total,
      EntryDetails details,
      String requestId,
      TxStamp tx,
      int leg) {
    requireActive();
    requirePositive(coins);
    return post(type, SignedCoinAmount.debit(coins), total, details, requestId, tx, leg);
  }

  /** Puts {@code coins} on an ACTIVE account. */
  Posting credit(
      CoinAmount coins,
      EntryType type,
      Total total,
      EntryDetails details,
      String requestId,
      TxStamp tx,
      int leg) {
    requireActive();
    requirePositive(coins);
    return post(type, SignedCoinAmount.credit(coins), total, details, requestId, tx, leg);
  }

  /**
   * Compensates {@code original}, an entry of this account, with the opposite amount. Allowed on a
   * FROZEN account (a correction must be possible while an account is frozen), not on a CLOSED one.
   */
  Posting reverse(EntryView original, String reason, String requestId, TxStamp tx, int leg) {
    if (!original.volunteerId().equals(volunteerId())) {
      throw new IllegalArgumentException("the entry belongs to another account");
    }
    if (state.status() == AccountStatus.CLOSED) {
      throw notActive();
    }
    return post(
        EntryType.REVERSAL,
        original.amount().negate(),
        Total.NONE,
        EntryDetails.reversal(original, reason),
        requestId,
        tx,
        leg);
  }

  private Posting post(
      EntryType type,
      SignedCoinAmount delta,
      Total total,
      EntryDetails details,
      String requestId,
      TxStamp tx,
      int leg) {
    CoinAmount balance = CoinAmount.ofUnits(balanceAfter(delta));
    CoinAmount size = delta.magnitude();
    long sequence = nextSequence();
    Account after =
        new Account(
            new AccountView(
                state.volunteerId(),
                state.status(),
                balance,
                total == Total.EARNED ? state.totalEarned().plus(size) : state.totalEarned(),
                total == Total.SPENT ? state.totalSpent().plus(size) : state.totalSpent(),
                total == Total.RECEIVED ? state.totalReceived().plus(size) : state.totalReceived(),
                total == Total.GIVEN ? state.totalGiven().plus(size) : state.totalGiven(),
                sequence,
                state.createdAt()),
            earnedDays);
    EntryView entry =
        new EntryView(
            tx.entryId(leg),
            state.volunteerId(),
            sequence,
            leg,
            type,
            delta,
            balance,
            details.counterpartyId(),
            details.activityId(),
            details.minutes(),
            details.category(),
            details.evidenceHash(),
            details.verifier(),
            details.helpRequestId(),
            details.reversedEntryId(),
            details.memo(),
            details.reason(),
            requestId,
            tx.txId(),
            tx.timestamp(),
            tx.recordedBy());
    return new Posting(after, entry);
  }

  private long balanceAfter(SignedCoinAmount delta) {
    long balance;
    try {
      balance = Math.addExact(state.balance().units(), delta.units());
    } catch (ArithmeticException e) {
      throw new LedgerValidationException(
          ErrorCode.AMOUNT_OVERFLOW, "the resulting balance would exceed the representable range");
    }
    if (balance < 0) {
      throw new LedgerValidationException(
          ErrorCode.INSUFFICIENT_BALANCE, "the balance is too small for this movement");
    }
    return balance;
  }

  private static void requirePositive(CoinAmount coins) {
    if (!coins.isPositive()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_AMOUNT, "the coins moved must be greater than zero");
    }
  }

  private void requireActive() {
    if (state.status() != AccountStatus.ACTIVE) {
      throw notActive();
    }
  }

  private LedgerValidationException notActive() {
    return new LedgerValidationException(
        ErrorCode.ACCOUNT_NOT_ACTIVE,
        "an account is " + state.status() + "; only ACTIVE accounts take new movements");
  }

  private long nextSequence() {
    try {
      return Math.addExact(state.entryCount(), 1);
    } catch (ArithmeticException e) {
      throw new LedgerValidationException(
          ErrorCode.AMOUNT_OVERFLOW, "the account has reached the maximum number of entries");
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Account account
        && state.equals(account.state)
        && earnedDays.equals(account.earnedDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, earnedDays);
  }

  @Override
  public String toString() {
    // No volunteer id: accounts may end up in log lines.
    return "Account[" + state.status() + ", entries=" + state.entryCount() + "]";
  }
}
