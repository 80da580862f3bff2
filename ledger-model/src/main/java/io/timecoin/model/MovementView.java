package io.timecoin.model;

import java.util.List;

/**
 * All entries one transaction wrote, legs in order: the result of a payment, transfer or reversal.
 *
 * @param txId the transaction
 * @param entries its entries, leg 0 first
 */
public record MovementView(String txId, List<EntryView> entries) {

  public MovementView {
    Fields.required(txId, "txId");
    entries = List.copyOf(Fields.required(entries, "entries"));
  }
}
