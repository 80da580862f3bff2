package io.timecoin.auditstore.projection;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import java.util.List;

/**
 * An account as the chaincode stores it under {@code account [volunteerId]} (its store's {@code
 * StoredAccount}): the {@link AccountView} fields and the totals of the two latest days the
 * volunteer earned on, which the chaincode keeps for the daily cap. The projection keeps the view;
 * a day's earnings are the sum of its EARN entries, which it projects anyway.
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

  /** One day's gross earnings; {@code day} is an ISO-8601 date at the earning policy's offset. */
  public record DayTotal(String day, CoinAmount coins) {}

  public StoredAccount {
    earnedDays = earnedDays == null ? List.of() : List.copyOf(earnedDays);
  }

  /** The account's fields, validated as a wire account. */
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
}
