package io.timecoin.model;

import java.util.List;

/**
 * Payload of the {@link EventNames#ENTRY_REVERSED} chaincode event.
 *
 * @param txId the reversing transaction
 * @param reversedTxId the transaction whose movement was reversed
 * @param entries the new REVERSAL entries, legs in order
 */
public record EntryReversedEvent(String txId, String reversedTxId, List<Leg> entries) {

  public EntryReversedEvent {
    Fields.required(txId, "txId");
    Fields.required(reversedTxId, "reversedTxId");
    entries = List.copyOf(Fields.required(entries, "entries"));
  }

  /**
   * One REVERSAL entry.
   *
   * @param volunteerId its account
   * @param entryId the new entry
   * @param amount signed change of the balance
   * @param balanceAfter the account's balance afterwards
   */
  public record Leg(
      String volunteerId, String entryId, SignedCoinAmount amount, CoinAmount balanceAfter) {

    public Leg {
      Fields.required(volunteerId, "volunteerId");
      Fields.required(entryId, "entryId");
      Fields.required(amount, "amount");
      Fields.required(balanceAfter, "balanceAfter");
    }
  }
}
