package io.timecoin.auditstore.block;

import com.google.protobuf.InvalidProtocolBufferException;
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
 * Full blocks (with read-write sets) from one peer through the Gateway's block events, signed with
 * the client identity of a {@link LedgerConnectionConfig} (the auditor's {@code
 * clients/auditor.properties}). Uses the config's first endpoint: the auditor reads its own peer.
 */
public final class GatewayBlockSource implements BlockSource {

  private final ManagedChannel channel;
  private final Gateway gateway;
  private final Network network;

  private GatewayBlockSource(ManagedChannel channel, Gateway gateway, String channelName) {
    this.channel = channel;
    this.gateway = gateway;
    this.network = gateway.getNetwork(channelName);
  }

  /** Connects lazily: nothing is sent until the first {@link #open}. */
  public static GatewayBlockSource connect(LedgerConnectionConfig config) {
    GatewayEndpoint endpoint = config.endpoints().get(0);
    ManagedChannelBuilder<?> builder =
        Grpc.newChannelBuilder(endpoint.address(), tls(endpoint.tlsRootCertificate()));
    endpoint.tlsHostnameOverride().ifPresent(builder::overrideAuthority);
    ManagedChannel channel = builder.build();
    try {
      Gateway gateway =
          Gateway.newInstance()
              .identity(identity(config))
              .signer(signer(config.privateKey()))
              .connection(channel)
              .connect();
      return new GatewayBlockSource(channel, gateway, config.channelName());
    } catch (RuntimeException e) {
      channel.shutdownNow();
      throw e;
    }
  }

  @Override
  public BlockStream open(long startBlock) {
    CloseableIterator<Block> events =
        network.newBlockEventsRequest().startBlock(startBlock).build().getEvents();
    return new BlockStream() {
      @Override
      public Block next() {
        return events.next();
      }

      @Override
      public void close() {
        events.close();
      }
    };
  }

  /** The peer's chain height, from qscc {@code GetChainInfo}. */
  @Override
  public long height() {
    byte[] info;
    try {
      info = network.getContract("qscc").evaluateTransaction("GetChainInfo", network.getName());
    } catch (GatewayException e) {
      throw new IllegalStateException(
          "the peer did not say its chain height: " + e.getMessage(), e);
    }
    try {
      return BlockchainInfo.parseFrom(info).getHeight();
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("the peer's chain info does not parse", e);
    }
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

  private static X509Identity identity(LedgerConnectionConfig config) {
    Path file = config.clientCertificate();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      return new X509Identity(config.mspId(), Identities.readX509Certificate(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read client certificate " + file, e);
    } catch (CertificateException | RuntimeException e) {
      throw new IllegalArgumentException("No X.509 certificate in PEM file " + file, e);
    }
  }

  private static org.hyperledger.fabric.client.identity.Signer signer(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      return Signers.newPrivateKeySigner(Identities.readPrivateKey(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read private key " + file, e);
    } catch (InvalidKeyException | RuntimeException e) {
      // The cause may describe the key material; name only the file.
      throw new IllegalArgumentException("No PKCS#8 private key in PEM file " + file);
    }
  }

  private static ChannelCredentials tls(Path rootCertificates) {
    try {
      return TlsChannelCredentials.newBuilder().trustManager(rootCertificates.toFile()).build();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read TLS root certificate " + rootCertificates, e);
    }
  }
}
