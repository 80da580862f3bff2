package io.timecoin.client;

import io.grpc.CallOptions;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection wiring: one long-lived TLS gRPC channel to the gateway peer, the client identity and
 * signer, and the per-call deadlines. Owns the channel and closes it.
 */
final class GatewayConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);

  /** In-flight calls get this long to finish before the channel is torn down. */
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

  private final ManagedChannel channel;
  private final Gateway gateway;
  private final Contract contract;

  private GatewayConnection(ManagedChannel channel, Gateway gateway, Contract contract) {
    this.channel = channel;
    this.gateway = gateway;
    this.contract = contract;
  }

  /**
   * Reads the identity files, opens the channel and connects the gateway. No network traffic
   * happens here: the channel connects on the first call.
   */
  static GatewayConnection open(LedgerConnectionConfig config) {
    Objects.requireNonNull(config, "config");
    X509Identity identity = newIdentity(config);
    Signer signer = newSigner(config);
    ManagedChannel channel = newChannel(config);
    try {
      Gateway gateway =
          Gateway.newInstance()
              .identity(identity)
              .signer(signer)
              .connection(channel)
              .evaluateOptions(deadlineAfter(config.evaluateTimeout()))
              .endorseOptions(deadlineAfter(config.endorseTimeout()))
              .submitOptions(deadlineAfter(config.submitTimeout()))
              .commitStatusOptions(deadlineAfter(config.commitStatusTimeout()))
              .connect();
      Contract contract =
          gateway.getNetwork(config.channelName()).getContract(config.chaincodeName());
      LOG.info(
          "Ledger client for chaincode {} on channel {} via {} as {}",
          config.chaincodeName(),
          config.channelName(),
          config.peerEndpoint(),
          config.mspId());
      return new GatewayConnection(channel, gateway, contract);
    } catch (RuntimeException e) {
      channel.shutdownNow();
      throw e;
    }
  }

  Contract contract() {
    return contract;
  }

  /** A system chaincode (e.g. {@code qscc}) on the channel, through the same gateway. */
  Contract systemContract(String channelName, String chaincodeName) {
    return gateway.getNetwork(channelName).getContract(chaincodeName);
  }

  static X509Identity newIdentity(LedgerConnectionConfig config) {
    Path file = config.clientCertificate();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      return new X509Identity(config.mspId(), Identities.readX509Certificate(reader));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read client certificate " + file, e);
    } catch (CertificateException | RuntimeException e) {
      throw new IllegalArgumentException("No X.509 certificate in PEM file " + file, e);
    }
  }

  static Signer newSigner(LedgerConnectionConfig config) {
    Path file = config.privateKey();
    PrivateKey key;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      key = Identities.readPrivateKey(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read private key " + file, e);
    } catch (InvalidKeyException | RuntimeException e) {
      // The cause may describe the key material; keep only the file name in the message.
      throw new IllegalArgumentException("No PKCS#8 private key in PEM file " + file);
    }
    return Signers.newPrivateKeySigner(key);
  }

  static ManagedChannel newChannel(LedgerConnectionConfig config) {
    ManagedChannelBuilder<?> builder =
        Grpc.newChannelBuilder(config.peerEndpoint(), tlsCredentials(config.tlsRootCertificate()));
    config.tlsHostnameOverride().ifPresent(builder::overrideAuthority);
    return builder.build();
  }

  /**
   * gRPC would only parse the roots on the first call and report a bad file as UNAVAILABLE, so
   * check them here, where the file can still be named.
   */
  private static ChannelCredentials tlsCredentials(Path rootCertificates) {
    byte[] pem;
    try {
      pem = Files.readAllBytes(rootCertificates);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read TLS root certificate " + rootCertificates, e);
    }
    try {
      if (CertificateFactory.getInstance("X.509")
          .generateCertificates(new ByteArrayInputStream(pem))
          .isEmpty()) {
        throw new CertificateException("no certificate found");
      }
      return TlsChannelCredentials.newBuilder().trustManager(new ByteArrayInputStream(pem)).build();
    } catch (CertificateException | IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "No X.509 certificate in TLS root certificate file " + rootCertificates, e);
    }
  }

  private static UnaryOperator<CallOptions> deadlineAfter(Duration timeout) {
    long nanos = timeout.toNanos();
    return options -> options.withDeadlineAfter(nanos, TimeUnit.NANOSECONDS);
  }

  /** Closes the gateway, then gives in-flight calls {@link #SHUTDOWN_GRACE} to finish. */
  @Override
  public void close() {
    gateway.close();
    channel.shutdown();
    try {
      if (!channel.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        channel.shutdownNow();
      }
    } catch (InterruptedException e) {
      channel.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
