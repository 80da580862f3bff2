package io.timecoin.auditstore.block;

import java.util.List;

/**
 * A decoded block: its number and every transaction in block order, valid or not.
 *
 * @param number the block number
 * @param transactions its transactions, index 0 first
 */
public record LedgerBlock(long number, List<LedgerTransaction> transactions) {

  public LedgerBlock {
    transactions = List.copyOf(transactions);
  }
}
