package io.timecoin.client;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One organisation's client of an {@link InProcessNetwork}. The typed methods are {@link
 * ContractLedger}'s, shared with the gateway client, so both send the same functions and read the
 * same results; only the transport differs. A write is committed when its call returns, so the
 * async variants complete at once.
 */
final class InProcessLedger extends ContractLedger {

  private final InProcessNetwork network;
  private final byte[] creator;
  private final AtomicBoolean closed = new AtomicBoolean();

  InProcessLedger(InProcessNetwork network, byte[] creator) {
    this.network = Objects.requireNonNull(network, "network");
    this.creator = creator.clone();
  }

  @Override
  <T> Committed<T> submit(WriteCall call, Class<T> resultType) {
    requireOpen();
    String requestId = WriteRunner.requestIdOf(call.requestJson());
    InProcessNetwork.Invocation done =
        network.invoke(creator, call.name(), call.requestJson(), call.transientData(), true);
    T value = WriteRunner.decode(call.name(), done.transactionId(), bytes(done), resultType);
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
    InProcessNetwork.Invocation done =
        network.invoke(creator, name, argument, transientData, false);
    return WriteRunner.decode(name, null, bytes(done), resultType);
  }

  @Override
  public EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<LedgerEvent> handler) {
    requireOpen();
    return network.subscribe(
        Objects.requireNonNull(checkpoint, "checkpoint"),
        Objects.requireNonNull(handler, "handler"));
  }

  @Override
  public Optional<TransactionStatus> transactionStatus(String txId) {
    requireOpen();
    return network.transactionStatus(Objects.requireNonNull(txId, "txId"));
  }

  @Override
  public void close() {
    closed.set(true);
  }

  private static byte[] bytes(InProcessNetwork.Invocation done) {
    return done.payload().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("Ledger client is closed");
    }
  }
}
