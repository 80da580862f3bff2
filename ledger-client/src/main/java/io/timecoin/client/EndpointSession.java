package io.timecoin.client;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection to one gateway endpoint: its gRPC channel, the Fabric gateway over it, and the
 * network and contract the client uses. Owns the channel and closes it.
 */
class EndpointSession implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EndpointSession.class);

  /** In-flight calls get this long to finish before the channel is torn down. */
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

  private final String address;
  private final ManagedChannel channel;
  private final Gateway gateway;
  private final Network network;
  private final Contract contract;
  private final String chaincodeName;

  EndpointSession(
      String address,
      ManagedChannel channel,
      Gateway gateway,
      String channelName,
      String chaincode) {
    this.address = Objects.requireNonNull(address, "address");
    this.channel = channel;
    this.gateway = gateway;
    this.network = gateway == null ? null : gateway.getNetwork(channelName);
    this.contract = network == null ? null : network.getContract(chaincode);
    this.chaincodeName = chaincode;
  }

  /** A session over a ready contract, without channel or gateway of its own (unit tests). */
  EndpointSession(String address, Contract contract) {
    this.address = Objects.requireNonNull(address, "address");
    this.channel = null;
    this.gateway = null;
    this.network = null;
    this.contract = Objects.requireNonNull(contract, "contract");
    this.chaincodeName = null;
  }

  /** {@code host:port} of this endpoint, for logs and for saying which endpoint served a call. */
  String address() {
    return address;
  }

  Contract contract() {
    return contract;
  }

  Network network() {
    if (network == null) {
      throw new IllegalStateException("No Fabric network behind endpoint " + address);
    }
    return network;
  }

  String chaincodeName() {
    return chaincodeName;
  }

  /**
   * Asks this gateway for the commit status of any transaction of the channel by its id, signed by
   * the client identity: the fabric-gateway API only offers that for the transaction just
   * submitted, but settling an unknown outcome also needs it for an earlier attempt.
   */
  Status commitStatus(String transactionId, Duration deadline) throws CommitStatusException {
    if (gateway == null) {
      throw new IllegalStateException("No Fabric gateway behind endpoint " + address);
    }
    SerializedIdentity creator =
        SerializedIdentity.newBuilder()
            .setMspid(gateway.getIdentity().getMspId())
            .setIdBytes(
                com.google.protobuf.ByteString.copyFrom(gateway.getIdentity().getCredentials()))
            .build();
    CommitStatusRequest request =
        CommitStatusRequest.newBuilder()
            .setChannelId(network.getName())
            .setTransactionId(transactionId)
            .setIdentity(creator.toByteString())
            .build();
    byte[] unsigned =
        SignedCommitStatusRequest.newBuilder()
            .setRequest(request.toByteString())
            .build()
            .toByteArray();
    return gateway.newCommit(unsigned).getStatus(deadlineAfter(deadline));
  }

  static UnaryOperator<CallOptions> deadlineAfter(Duration timeout) {
    long nanos = timeout.toNanos();
    return options -> options.withDeadlineAfter(nanos, TimeUnit.NANOSECONDS);
  }

  /** Closes the gateway, then gives in-flight calls {@link #SHUTDOWN_GRACE} to finish. */
  @Override
  public void close() {
    if (gateway != null) {
      gateway.close();
    }
    if (channel == null) {
      return;
    }
    channel.shutdown();
    try {
      if (!channel.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        channel.shutdownNow();
      }
    } catch (InterruptedException e) {
      channel.shutdownNow();
      Thread.currentThread().interrupt();
    }
    LOG.debug("Closed gateway endpoint {}", address);
  }
}
