package io.timecoin.client;

import java.util.Objects;
import org.hyperledger.fabric.client.Contract;

/**
 * A Fabric Gateway connection wired exactly as a {@link TimeCoinLedger}'s (the same TLS roots,
 * identity, signer and per-stage deadlines, to the first configured endpoint), for code that must
 * call a chaincode through the Fabric API itself: the benchmark's raw baseline, which differs from
 * the typed client only in what it measures. The only public type of this package with a Fabric
 * type in its signatures; applications use {@link TimeCoinLedger}.
 */
public final class RawGateway implements AutoCloseable {

  private final GatewayConnection connection;

  private RawGateway(GatewayConnection connection) {
    this.connection = connection;
  }

  /**
   * Reads the identity and TLS files and wires a gateway; the network connection is made on the
   * first call.
   *
   * @param config connection settings
   * @return the connection; close it to close the gateway and its channel
   * @throws IllegalArgumentException if a certificate or key file holds no usable PEM content
   * @throws java.io.UncheckedIOException if a certificate or key file cannot be read
   */
  public static RawGateway connect(LedgerConnectionConfig config) {
    return new RawGateway(GatewayConnection.open(Objects.requireNonNull(config, "config")));
  }

  /**
   * A chaincode on the configured channel.
   *
   * @param chaincodeName e.g. the configured {@link LedgerConnectionConfig#chaincodeName()}
   * @return its Fabric Gateway contract
   */
  public Contract contract(String chaincodeName) {
    return connection.sessions().get(0).network().getContract(chaincodeName);
  }

  @Override
  public void close() {
    connection.close();
  }
}
