package io.timecoin.client.testing;

import io.timecoin.client.EventCheckpoint;
import io.timecoin.client.EventSubscription;
import io.timecoin.client.LedgerTransport;
import io.timecoin.client.TransactionStatus;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One organisation's connection to an {@link InProcessNetwork}: every call runs the contract as
 * this organisation's client certificate. Closing it leaves the network as it is.
 */
final class InProcessTransport implements LedgerTransport {

  private final InProcessNetwork network;
  private final byte[] creator;

  InProcessTransport(InProcessNetwork network, byte[] creator) {
    this.network = Objects.requireNonNull(network, "network");
    this.creator = creator.clone();
  }

  @Override
  public Submitted submit(String function, String argument, Map<String, byte[]> transientData) {
    InProcessNetwork.Invocation done =
        network.invoke(creator, function, argument, transientData, true);
    return new Submitted(done.transactionId(), done.blockNumber(), done.payload());
  }

  @Override
  public String evaluate(String function, String argument, Map<String, byte[]> transientData) {
    return network.invoke(creator, function, argument, transientData, false).payload();
  }

  @Override
  public EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<RawEvent> handler) {
    return network.subscribe(checkpoint, handler);
  }

  @Override
  public Optional<TransactionStatus> transactionStatus(String transactionId) {
    return network.transactionStatus(transactionId);
  }

  @Override
  public void close() {}
}
