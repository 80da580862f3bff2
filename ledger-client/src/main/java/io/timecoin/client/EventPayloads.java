package io.timecoin.client;

import io.timecoin.model.LedgerJson;
import io.timecoin.model.Transactions;
import io.timecoin.model.WriteTransaction;

/**
 * Decodes event payloads as the record the emitting write declares in {@link Transactions}. An
 * event no write declares is delivered as {@link LedgerEvent.Unrecognised}.
 */
final class EventPayloads {

  private EventPayloads() {}

  /**
   * Decodes one event.
   *
   * @throws LedgerException if a known event's payload is not the record the contract promises.
   */
  static LedgerEvent decode(String name, String transactionId, long blockNumber, byte[] payload) {
    Class<?> type = Transactions.emitting(name).map(WriteTransaction::eventType).orElse(null);
    if (type == null) {
      return new LedgerEvent(name, transactionId, blockNumber, new LedgerEvent.Unrecognised(name));
    }
    Object decoded;
    try {
      // Tolerant: a newer chaincode may add fields, and consumers must not stop on them.
      decoded = LedgerJson.readEvent(payload, type);
    } catch (RuntimeException e) {
      throw new LedgerException(
          "Payload of event "
              + name
              + " in transaction "
              + transactionId
              + " could not be decoded ("
              + e.getClass().getSimpleName()
              + ")",
          transactionId,
          null);
    }
    return new LedgerEvent(name, transactionId, blockNumber, decoded);
  }
}
