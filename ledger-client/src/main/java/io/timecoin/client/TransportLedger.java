package io.timecoin.client;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A {@link TimeCoinLedger} over a {@link LedgerTransport}. The typed methods are {@link
 * ContractLedger}'s, shared with the gateway client, so both send the same functions and read the
 * same results; only the transport differs. A write is committed when its call returns, so the
 * async variants complete at once.
 */
final class TransportLedger extends ContractLedger {

  private final LedgerTransport transport;
  private final AtomicBoolean closed = new AtomicBoolean();

  TransportLedger(LedgerTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @Override
  <T> Committed<T> submit(WriteCall call, Class<T> resultType) {
    requireOpen();
    String requestId = WriteRunner.requestIdOf(call.requestJson());
    LedgerTransport.Submitted done;
    try {
      done = transport.submit(call.name(), call.requestJson(), call.transientData());
    } catch (LedgerTransport.Refused e) {
      throw refusal(call.name(), e);
    }
    T value =
        WriteRunner.decode(call.name(), done.transactionId(), bytes(done.payload()), resultType);
    return new Committed<>(value, done.transactionId(), done.blockNumber(), requestId);
  }

  @Override
  <T> PendingWrite<T> submitAsync(WriteCall call, Class<T> resultType) {
    return PendingWrite.completed(submit(call, resultType));
  }

  @Override
  <T> T evaluate(
      String name, String argument, Map<String, byte[]> transientData, Class<T> resultType) {
    requireOpen();
    String payload;
    try {
      payload = transport.evaluate(name, argument, transientData);
    } catch (LedgerTransport.Refused e) {
      throw refusal(name, e);
    }
    return WriteRunner.decode(name, null, bytes(payload), resultType);
  }

  @Override
  public EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<LedgerEvent> handler) {
    requireOpen();
    Objects.requireNonNull(checkpoint, "checkpoint");
    Objects.requireNonNull(handler, "handler");
    return transport.subscribe(
        checkpoint,
        event ->
            handler.accept(
                EventPayloads.decode(
                    event.name(),
                    event.transactionId(),
                    event.blockNumber(),
                    bytes(event.payload()))));
  }

  @Override
  public Optional<TransactionStatus> transactionStatus(String txId) {
    requireOpen();
    return transport.transactionStatus(Objects.requireNonNull(txId, "txId"));
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      transport.close();
    }
  }

  private static LedgerException refusal(String function, LedgerTransport.Refused refused) {
    return LedgerFailures.refusedInProcess(function, refused.transactionId(), refused.getMessage());
  }

  private static byte[] bytes(String payload) {
    return payload.getBytes(StandardCharsets.UTF_8);
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Ledger client is closed");
    }
  }
}
