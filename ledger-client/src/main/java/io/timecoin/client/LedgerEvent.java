package io.timecoin.client;

import java.util.Objects;

/**
 * One timecoin chaincode event, with its payload decoded into the wire contract's event record.
 *
 * <p>Each write transaction emits exactly one event, so {@link #transactionId()} identifies an
 * event; delivery is at least once, so a consumer de-duplicates by it (see {@link
 * TimeCoinLedger#subscribe}).
 *
 * @param name the event name, one of {@link io.timecoin.model.EventNames}.
 * @param transactionId the transaction that emitted it.
 * @param blockNumber the block that holds the transaction.
 * @param payload the decoded payload: the record named in {@link io.timecoin.model.EventNames} for
 *     the name (e.g. {@link io.timecoin.model.EarningRecordedEvent}), or an {@link Unrecognised}
 *     for a name this client version does not know.
 */
public record LedgerEvent(String name, String transactionId, long blockNumber, Object payload) {

  /**
   * Creates an event.
   *
   * @param name the event name.
   * @param transactionId the transaction that emitted it.
   * @param blockNumber the block that holds the transaction.
   * @param payload the decoded payload.
   * @throws NullPointerException if a field is null.
   */
  public LedgerEvent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(payload, "payload");
  }

  /**
   * The payload as the given type.
   *
   * @param type the expected record type.
   * @param <P> the record type.
   * @return the payload.
   * @throws ClassCastException if the payload is of another type.
   */
  public <P> P payload(Class<P> type) {
    return type.cast(payload);
  }

  /**
   * Payload of an event whose name this client version has no record for (a newer chaincode).
   * Delivered rather than skipped, so that the consumer decides and its checkpoint stays exact.
   *
   * @param name the event name.
   */
  public record Unrecognised(String name) {}
}
