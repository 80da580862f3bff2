package io.timecoin.model;

/**
 * Payload of the {@link EventNames#EARNING_RECORDED} chaincode event: enough for a consumer to
 * update its own view of the account without another query.
 *
 * @param volunteerId the credited account
 * @param entryId the new entry
 * @param sequence the new entry's sequence number, equal to the account's new entry count
 * @param coins coins credited
 * @param balanceAfter the account balance after the credit
 * @param activityId the credited activity
 */
public record EarningRecordedEvent(
    String volunteerId,
    String entryId,
    long sequence,
    CoinAmount coins,
    CoinAmount balanceAfter,
    String activityId) {

  public EarningRecordedEvent {
    Fields.required(volunteerId, "volunteerId");
    Fields.required(entryId, "entryId");
    Fields.required(coins, "coins");
    Fields.required(balanceAfter, "balanceAfter");
    Fields.required(activityId, "activityId");
  }
}
