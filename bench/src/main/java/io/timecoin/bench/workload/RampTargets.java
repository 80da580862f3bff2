package io.timecoin.bench.workload;

import io.timecoin.bench.load.WorkloadRequest;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.RawGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hyperledger.fabric.client.Contract;

/**
 * The requests of W0, W0K, W1 and W2 for the saturation ramp, sent by a pool of {@code workers}:
 * the same transactions as the closed-loop workloads, each worker writing its own keys or account
 * so that no two requests in flight conflict.
 */
public final class RampTargets {

  /** The workloads a ramp can drive. */
  public static final List<String> IDS = List.of("W0", "W0K", "W1", "W2");

  private RampTargets() {}

  /**
   * A ramp target: what it sends, and the request; closing it releases its connection.
   *
   * @param title what it sends.
   * @param request the request; {@code worker} picks the key or account.
   * @param onClose releases what the target opened (a connection), or does nothing.
   */
  public record Target(String title, WorkloadRequest request, Runnable onClose)
      implements AutoCloseable {
    @Override
    public void close() {
      onClose.run();
    }
  }

  /** Why workload {@code id} cannot run against this network (W2 without an API), or empty. */
  public static Optional<String> cannotRun(BenchContext context, String id) {
    BenchSettings s = context.settings();
    return id.equals("W2")
        ? new PlatformApi(s.apiBaseUrl(), s.apiKey()).unusable()
        : Optional.empty();
  }

  /**
   * Prepares workload {@code id} for {@code workers} workers, opening their accounts; W0 sends one
   * probe write first, which proves the Put chaincode is deployed; W0K writes the keys each worker
   * reads.
   *
   * @throws IllegalArgumentException for an id a ramp cannot drive.
   */
  public static Target prepare(BenchContext context, String id, int workers) throws Exception {
    BenchSettings s = context.settings();
    String tag = "ramp" + id.toLowerCase(java.util.Locale.ROOT);
    switch (id) {
      case "W0" -> {
        RawGateway gateway =
            RawGateway.connect(LedgerConnectionConfig.fromProperties(s.clientConfig("platform")));
        Contract contract = gateway.contract(s.putChaincode());
        contract.submitTransaction("Put", s.runId() + ":" + tag + ":probe", "v");
        String prefix = s.runId() + ":" + tag + ":";
        return new Target(
            new W0RawPut().title(),
            (worker, seq) -> contract.submitTransaction("Put", prefix + seq, "v"),
            gateway::close);
      }
      case "W0K" -> {
        RawGateway gateway =
            RawGateway.connect(LedgerConnectionConfig.fromProperties(s.clientConfig("platform")));
        try {
          Contract contract = gateway.contract(s.putChaincode());
          ShapedPuts puts = ShapedPuts.prepare(contract, s.runId() + ":" + tag + ":", workers);
          return new Target(
              new W0KShapedPut().title(),
              (worker, seq) ->
                  contract.submitTransaction("PutShaped", puts.args(worker, Long.toString(seq))),
              gateway::close);
        } catch (Exception e) {
          gateway.close();
          throw e;
        }
      }
      case "W1" -> {
        context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
        List<String> accounts = Accounts.register(context.platform(), s.runId(), tag, workers);
        return new Target(
            new W1Earnings().title(),
            (worker, seq) ->
                context
                    .platform()
                    .recordEarning(Requests.earning(s.runId(), tag, accounts.get(worker), seq)),
            () -> {});
      }
      case "W2" -> {
        PlatformApi api = new PlatformApi(s.apiBaseUrl(), s.apiKey());
        context.platform().setEarningPolicy(Requests.benchPolicy(s.runId()));
        List<String> accounts = registerThroughApi(api, s.runId() + tag, workers);
        return new Target(
            new W2ApiEarnings().title(),
            (worker, seq) -> {
              var r = Requests.earning(s.runId(), tag, accounts.get(worker), seq);
              api.recordEarning(r.requestId(), W2ApiEarnings.body(r));
            },
            () -> {});
      }
      default -> throw new IllegalArgumentException("a ramp drives " + IDS + ", not '" + id + "'");
    }
  }

  /**
   * Opens {@code count} accounts through the API, side by side, each sent again up to {@link
   * #SETUP_ATTEMPTS} times if it fails: set-up is not measured, and the same Idempotency-Key makes
   * a repeat a replay, never a second account. A loaded machine can trip the API's guards (408
   * BODY_TOO_SLOW) on a burst of registrations.
   */
  private static List<String> registerThroughApi(PlatformApi api, String runId, int count)
      throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(Requests.volunteer(runId, "w2", i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 8));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String id : ids) {
        done.add(
            pool.submit(
                () -> {
                  for (int attempt = 1; ; attempt++) {
                    try {
                      api.registerVolunteer(Requests.register(runId, id).requestId(), id);
                      return null;
                    } catch (Exception e) {
                      if (attempt >= SETUP_ATTEMPTS) {
                        throw e;
                      }
                      Thread.sleep(1000L * attempt);
                    }
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return ids;
  }

  /** How often a set-up registration is sent before the ramp gives up. */
  private static final int SETUP_ATTEMPTS = 4;
}
