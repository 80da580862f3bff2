package io.timecoin.model;

/**
 * Payload of the {@link EventNames#COINS_TRANSFERRED} chaincode event.
 *
 * @param txId the transfer's transaction (its entries are {@code txId:0} and {@code txId:1})
 * @param fromId the giving account
 * @param toId the receiving account
 * @param coins coins given
 * @param fromBalanceAfter the giver's balance afterwards
 * @param toBalanceAfter the receiver's balance afterwards
 */
public record CoinsTransferredEvent(
    String txId,
    String fromId,
    String toId,
    CoinAmount coins,
    CoinAmount fromBalanceAfter,
    CoinAmount toBalanceAfter) {

  public CoinsTransferredEvent {
    Fields.required(txId, "txId");
    Fields.required(fromId, "fromId");
    Fields.required(toId, "toId");
    Fields.required(coins, "coins");
    Fields.required(fromBalanceAfter, "fromBalanceAfter");
    Fields.required(toBalanceAfter, "toBalanceAfter");
  }
}
