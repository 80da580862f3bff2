package io.timecoin.audit.peer;

import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import io.timecoin.client.GatewayEndpoint;
import io.timecoin.client.LedgerConnectionConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.cert.CertificateException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;

/**
 * The auditor's identity talking to one peer's gateway: blocks by event stream, and the peer's own
 * answers through qscc, evaluated on that peer's organisation only so that another org's peer
 * cannot answer for it.
 */
public final class PeerConnection implements PeerView, AutoCloseable {

  private static final String QSCC = "qscc";
  private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(30);

  private final ManagedChannel channel;
  private final Gateway gateway;
  private final Network network;
  private final String channelName;
  private final String peerMspId;
  private final String address;

  private PeerConnection(
      ManagedChannel channel,
      Gateway gateway,
      String channelName,
      String peerMspId,
      String address) {
    this.channel = channel;
    this.gateway = gateway;
    this.network = gateway.getNetwork(channelName);
    this.channelName = channelName;
    this.peerMspId = peerMspId;
    this.address = address;
  }

  /**
   * Connects the identity of {@code identity} to the first endpoint of {@code peer}, whose
   * organisation is {@code peer.mspId()}.
   */
  public static PeerConnection open(LedgerConnectionConfig identity, LedgerConnectionConfig peer) {
    GatewayEndpoint endpoint = peer.endpoints().get(0);
    ManagedChannelBuilder<?> builder =
        Grpc.newChannelBuilder(endpoint.address(), tls(endpoint.tlsRootCertificate()));
    endpoint.tlsHostnameOverride().ifPresent(builder::overrideAuthority);
    ManagedChannel channel = builder.build();
    try {
      Gateway gateway =
          Gateway.newInstance()
              .identity(x509Identity(identity))
              .signer(signer(identity))
              .connection(channel)
              .evaluateOptions(
                  options ->
                      options.withDeadlineAfter(QUERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
              .connect();
      return new PeerConnection(
          channel, gateway, identity.channelName(), peer.mspId(), endpoint.address());
    } catch (RuntimeException e) {
      channel.shutdownNow();
      throw e;
    }
  }

  /** The peer's organisation. */
  @Override
  public String mspId() {
    return peerMspId;
  }

  /** The peer's address, for reports. */
  @Override
  public String address() {
    return address;
  }

  /** The peer's chain height and current block hash (qscc GetChainInfo). */
  @Override
  public BlockchainInfo chainInfo() throws GatewayException {
    try {
      return BlockchainInfo.parseFrom(query("GetChainInfo", channelName));
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException("the peer at " + address + " sent unreadable chain info", e);
    }
  }

  /** One block as the peer holds it (qscc GetBlockByNumber). */
  @Override
  public Block block(long number) throws GatewayException {
    try {
      return Block.parseFrom(query("GetBlockByNumber", channelName, Long.toString(number)));
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException("the peer at " + address + " sent an unreadable block", e);
    }
  }

  /** The peer's blocks from {@code start} on, as they are committed; close it when done. */
  public CloseableIterator<Block> blocksFrom(long start) {
    return network.newBlockEventsRequest().startBlock(start).build().getEvents();
  }

  private byte[] query(String function, String... arguments) throws GatewayException {
    return network
        .getContract(QSCC)
        .newProposal(function)
        .addArguments(arguments)
        .setEndorsingOrganizations(peerMspId)
        .build()
        .evaluate();
  }

  @Override
  public void close() {
    gateway.close();
    channel.shutdownNow();
    try {
      channel.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static X509Identity x509Identity(LedgerConnectionConfig config) {
    Path file = config.clientCertificate();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      return new X509Identity(config.mspId(), Identities.readX509Certificate(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the certificate " + file, e);
    } catch (CertificateException | RuntimeException e) {
      throw new IllegalArgumentException("no X.509 certificate in " + file, e);
    }
  }

  private static org.hyperledger.fabric.client.identity.Signer signer(
      LedgerConnectionConfig config) {
    Path file = config.privateKey();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      return Signers.newPrivateKeySigner(Identities.readPrivateKey(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the private key " + file, e);
    } catch (InvalidKeyException | RuntimeException e) {
      // The cause may describe the key material; name only the file.
      throw new IllegalArgumentException("no PKCS#8 private key in " + file);
    }
  }

  private static ChannelCredentials tls(Path rootCertificate) {
    try (var input = Files.newInputStream(rootCertificate)) {
      return TlsChannelCredentials.newBuilder().trustManager(input).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the TLS root certificate " + rootCertificate, e);
    }
  }
}
