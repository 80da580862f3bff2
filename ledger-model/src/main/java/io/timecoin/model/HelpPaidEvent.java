package io.timecoin.model;

/**
 * Payload of the {@link EventNames#HELP_PAID} chaincode event.
 *
 * @param txId the payment's transaction (its entries are {@code txId:0} and {@code txId:1})
 * @param requesterId the paying account
 * @param helperId the paid account
 * @param coins coins paid
 * @param requesterBalanceAfter the requester's balance afterwards
 * @param helperBalanceAfter the helper's balance afterwards
 */
public record HelpPaidEvent(
    String txId,
    String requesterId,
    String helperId,
    CoinAmount coins,
    CoinAmount requesterBalanceAfter,
    CoinAmount helperBalanceAfter) {

  public HelpPaidEvent {
    Fields.required(txId, "txId");
    Fields.required(requesterId, "requesterId");
    Fields.required(helperId, "helperId");
    Fields.required(coins, "coins");
    Fields.required(requesterBalanceAfter, "requesterBalanceAfter");
    Fields.required(helperBalanceAfter, "helperBalanceAfter");
  }
}
