package io.timecoin.client;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;

/**
 * The benchmark's door into ledger-client's package-private wiring, kept in the bench module so
 * that the client's public surface gains nothing for benchmarks. It gives the load generator two
 * things: a ledger whose retry policy counts its re-runs (W3 reports retries per request), and a
 * raw Fabric Gateway contract wired exactly like the client's (same TLS, identity and signer), so
 * that the W0 baseline differs from W1 only in what is measured.
 */
public final class BenchLedgers {

  private BenchLedgers() {}

  /**
   * Connects a ledger client whose re-runs after read conflicts are counted in {@code retries}. The
   * attempts and backoffs are {@link RetryPolicy#defaults()}'s, so the client behaves as in
   * production; only the sleeper also counts.
   */
  public static TimeCoinLedger connectCountingRetries(
      LedgerConnectionConfig config, LongAdder retries) {
    RetryPolicy counting =
        RetryPolicy.defaults(
            d -> {
              retries.increment();
              Thread.sleep(d.toMillis());
            });
    return GatewayLedger.connect(config, counting);
  }

  /**
   * A raw gateway contract for {@code chaincodeName} on the configured channel, with the client's
   * connection wiring. Close the returned handle to close the gateway and its channel.
   */
  public static RawContract connectRaw(LedgerConnectionConfig config, String chaincodeName) {
    ManagedChannel channel = GatewayConnection.newChannel(config);
    Gateway gateway =
        Gateway.newInstance()
            .identity(GatewayConnection.newIdentity(config))
            .signer(GatewayConnection.newSigner(config))
            .connection(channel)
            .endorseOptions(deadlineAfter(config.endorseTimeout()))
            .submitOptions(deadlineAfter(config.submitTimeout()))
            .commitStatusOptions(deadlineAfter(config.commitStatusTimeout()))
            .connect();
    Contract contract = gateway.getNetwork(config.channelName()).getContract(chaincodeName);
    return new RawContract(contract, gateway, channel);
  }

  private static UnaryOperator<CallOptions> deadlineAfter(Duration timeout) {
    long nanos = timeout.toNanos();
    return options -> options.withDeadlineAfter(nanos, TimeUnit.NANOSECONDS);
  }

  /**
   * A raw Fabric Gateway contract and what must be closed with it.
   *
   * @param contract the contract to submit to.
   * @param gateway the gateway it belongs to.
   * @param channel the gRPC channel under the gateway.
   */
  public record RawContract(Contract contract, Gateway gateway, ManagedChannel channel)
      implements AutoCloseable {
    @Override
    public void close() {
      gateway.close();
      channel.shutdownNow();
    }
  }
}
