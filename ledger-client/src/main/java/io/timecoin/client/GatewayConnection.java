package io.timecoin.client;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connection wiring: one long-lived TLS gRPC channel and Fabric gateway per configured endpoint,
 * the client identity and signer, and the per-stage deadlines. Owns the endpoint sessions and
 * closes them.
 */
final class GatewayConnection implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(GatewayConnection.class);

  private final List<EndpointSession> sessions;

  private GatewayConnection(List<EndpointSession> sessions) {
    this.sessions = List.copyOf(sessions);
  }

  /**
   * Reads the identity files, opens a channel per endpoint and connects a gateway over each. No
   * network traffic happens here: each channel connects on its first call.
   */
  static GatewayConnection open(LedgerConnectionConfig config) {
    Objects.requireNonNull(config, "config");
    X509Identity identity = newIdentity(config);
    Signer signer = newSigner(config);
    List<EndpointSession> sessions = new ArrayList<>();
    try {
      for (GatewayEndpoint endpoint : config.endpoints()) {
        ManagedChannel channel = newChannel(endpoint);
        try {
          Gateway gateway =
              Gateway.newInstance()
                  .identity(identity)
                  .signer(signer)
                  .connection(channel)
                  .evaluateOptions(EndpointSession.deadlineAfter(config.evaluateTimeout()))
                  .endorseOptions(EndpointSession.deadlineAfter(config.endorseTimeout()))
                  .submitOptions(EndpointSession.deadlineAfter(config.submitTimeout()))
                  .commitStatusOptions(EndpointSession.deadlineAfter(config.commitStatusTimeout()))
                  .connect();
          sessions.add(
              new EndpointSession(
                  endpoint.address(),
                  channel,
                  gateway,
                  config.channelName(),
                  config.chaincodeName()));
        } catch (RuntimeException e) {
          channel.shutdownNow();
          throw e;
        }
      }
    } catch (RuntimeException e) {
      sessions.forEach(EndpointSession::close);
      throw e;
    }
    LOG.info(
        "Ledger client for chaincode {} on channel {} via {} as {}",
        config.chaincodeName(),
        config.channelName(),
        config.endpoints(),
        config.mspId());
    return new GatewayConnection(sessions);
  }

  /** One session per configured endpoint, in order of preference. */
  List<EndpointSession> sessions() {
    return sessions;
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

  /** A channel to the first configured endpoint. */
  static ManagedChannel newChannel(LedgerConnectionConfig config) {
    return newChannel(config.endpoints().get(0));
  }

  static ManagedChannel newChannel(GatewayEndpoint endpoint) {
    ManagedChannelBuilder<?> builder =
        Grpc.newChannelBuilder(endpoint.address(), tlsCredentials(endpoint.tlsRootCertificate()));
    endpoint.tlsHostnameOverride().ifPresent(builder::overrideAuthority);
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

  /** Closes every endpoint session. */
  @Override
  public void close() {
    sessions.forEach(EndpointSession::close);
  }
}
