package io.timecoin.chaincode.store;

import io.timecoin.chaincode.domain.Account;
import io.timecoin.chaincode.domain.DayTotal;
import io.timecoin.chaincode.domain.EarnedDays;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import java.util.List;

/**
 * An account as stored under {@code account [volunteerId]}: the fields of its {@link AccountView}
 * and, for the daily cap, the totals of the two latest days it earned on ({@link EarnedDays}).
 * GetAccount returns the view; key history and the audit projection see this form.
 *
 * @param earnedDays latest first, at most two
 */
public record StoredAccount(
    String volunteerId,
    AccountStatus status,
    CoinAmount balance,
    CoinAmount totalEarned,
    CoinAmount totalSpent,
    CoinAmount totalReceived,
    CoinAmount totalGiven,
    long entryCount,
    String createdAt,
    List<DayTotal> earnedDays) {

  public StoredAccount {
    earnedDays = earnedDays == null ? List.of() : List.copyOf(earnedDays);
  }

  static StoredAccount of(Account account) {
    AccountView v = account.view();
    return new StoredAccount(
        v.volunteerId(),
        v.status(),
        v.balance(),
        v.totalEarned(),
        v.totalSpent(),
        v.totalReceived(),
        v.totalGiven(),
        v.entryCount(),
        v.createdAt(),
        account.earnedDays().latestFirst());
  }

  /** The public view; validates the stored fields as a wire account would be. */
  public AccountView view() {
    return new AccountView(
        volunteerId,
        status,
        balance,
        totalEarned,
        totalSpent,
        totalReceived,
        totalGiven,
        entryCount,
        createdAt);
  }

  Account toAccount() {
    return Account.of(view(), EarnedDays.of(earnedDays));
  }
}
