package io.timecoin.chaincode.domain;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.RecordEarningRequest;
import java.util.Objects;

/**
 * A volunteer's account and the rules for moving coins on it. Immutable: every movement returns a
 * new account together with the entry that records it.
 */
public final class Account {

  private final AccountView state;

  private Account(AccountView state) {
    this.state = Objects.requireNonNull(state, "state");
  }

  /** A new ACTIVE account with nothing on it. */
  public static Account open(String volunteerId, String createdAt) {
    CoinAmount zero = CoinAmount.ZERO;
    return new Account(
        new AccountView(
            volunteerId, AccountStatus.ACTIVE, zero, zero, zero, zero, zero, 0, createdAt));
  }

  /** The account as stored. */
  public static Account of(AccountView state) {
    return new Account(state);
  }

  public AccountView view() {
    return state;
  }

  public String volunteerId() {
    return state.volunteerId();
  }

  /**
   * Credits a verified activity: the account must be ACTIVE, the amount positive and the activity
   * not credited before. Balance, total earned and entry count grow with exact arithmetic.
   */
  public Posting earn(RecordEarningRequest request, boolean activityAlreadyCredited, TxStamp tx) {
    if (!request.volunteerId().equals(volunteerId())) {
      throw new IllegalArgumentException("earning is for another account");
    }
    requireActive();
    if (!request.amount().isPositive()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_AMOUNT, "an earning must be greater than zero");
    }
    if (activityAlreadyCredited) {
      throw new LedgerValidationException(
          ErrorCode.DUPLICATE_ACTIVITY,
          "this activity has already been credited to this volunteer; each activity earns once");
    }
    CoinAmount balance = state.balance().plus(request.amount());
    long sequence = nextSequence();
    Account after =
        new Account(
            new AccountView(
                state.volunteerId(),
                state.status(),
                balance,
                state.totalEarned().plus(request.amount()),
                state.totalSpent(),
                state.totalReceived(),
                state.totalGiven(),
                sequence,
                state.createdAt()));
    EntryView entry =
        new EntryView(
            tx.entryId(0),
            state.volunteerId(),
            sequence,
            EntryType.EARN,
            request.amount(),
            balance,
            request.activityId(),
            request.evidenceHash(),
            request.verifiedBy(),
            request.requestId(),
            tx.txId(),
            tx.timestamp(),
            tx.recordedBy());
    return new Posting(after, entry);
  }

  private void requireActive() {
    if (state.status() != AccountStatus.ACTIVE) {
      throw new LedgerValidationException(
          ErrorCode.ACCOUNT_NOT_ACTIVE,
          "the account is " + state.status() + "; only ACTIVE accounts take new movements");
    }
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
    return other instanceof Account account && state.equals(account.state);
  }

  @Override
  public int hashCode() {
    return state.hashCode();
  }

  @Override
  public String toString() {
    // No volunteer id: accounts may end up in log lines.
    return "Account[" + state.status() + ", entries=" + state.entryCount() + "]";
  }
}
