package io.timecoin.bench.saturation;

import io.timecoin.bench.cpu.CpuProfile;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * W1's CPU per earning split into Fabric's floor for the earning's key set (W0K: the same 5 reads
 * and 6 writes through the bench's Put chaincode, no contract) and timecoin's own work (W1 - W0K:
 * contract routing, JSON and rules in the chaincode JVMs, ledger-client in the load generator), per
 * process, with W0's one-key Put beside them (W0K - W0: what Fabric charges for the keys beyond
 * one).
 *
 * <p>The three are taken at the same offered rate, W1's saturation point, when W0K and W0 kept up
 * there: much of every process's CPU is paid per second (a block every BatchTimeout, Raft ticks,
 * gossip, the audit verifier's polling), so comparing each workload at its own saturation point
 * would spread that over different rates and credit the difference to the transactions.
 *
 * @param offeredRate W1's saturation point, requests per second.
 * @param w1 W1's CPU there.
 * @param w0k W0K's CPU at the same offered rate, or at its own saturation point if it did not keep
 *     up there ({@code w0kRate} says which).
 * @param w0kRate the offered rate of {@code w0k}'s step.
 * @param w0 W0's CPU at the same offered rate (or its saturation point), if W0 ran.
 * @param w0Rate the offered rate of {@code w0}'s step, NaN if W0 did not run.
 */
public record KeySetSplit(
    double offeredRate,
    CpuProfile w1,
    CpuProfile w0k,
    double w0kRate,
    Optional<CpuProfile> w0,
    double w0Rate) {

  /** The prefix of the Put chaincode's processes, which do the chaincode's part for W0 and W0K. */
  static final String PUT_CHAINCODE_PREFIX = "bench-put-";

  /** The split of {@code r}, if both W1 and W0K have a saturation point. */
  public static Optional<KeySetSplit> of(SaturationReport r) {
    Optional<RampStep> w1 = r.ramp("W1").flatMap(RampResult::saturation);
    Optional<RampResult> w0k = r.ramp("W0K");
    if (w1.isEmpty() || w0k.isEmpty()) {
      return Optional.empty();
    }
    double rate = w1.get().offeredRate();
    Optional<RampStep> keySet = near(w0k.get(), rate);
    if (keySet.isEmpty()) {
      return Optional.empty();
    }
    Optional<RampStep> oneKey = r.ramp("W0").flatMap(ramp -> near(ramp, rate));
    return Optional.of(
        new KeySetSplit(
            rate,
            w1.get().cpu(),
            keySet.get().cpu(),
            keySet.get().offeredRate(),
            oneKey.map(RampStep::cpu),
            oneKey.map(RampStep::offeredRate).orElse(Double.NaN)));
  }

  /** Whether W0K (and W0, if it ran) were measured at W1's offered rate. */
  public boolean sameRate() {
    return w0kRate == offeredRate && (w0.isEmpty() || w0Rate == offeredRate);
  }

  /**
   * CPU ms per committed transaction by process for W0 (NaN if it did not run), W0K and W1, the
   * processes of W1 first, largest first. The Put chaincode's processes ({@code
   * bench-put-chaincode-<org>}) count as {@code chaincode-<org>}: the same role, the chaincode
   * service of that organisation's peer.
   */
  public Map<String, double[]> byProcess() {
    Map<String, Double> one = w0.map(KeySetSplit::byRole).orElse(Map.of());
    Map<String, Double> keys = byRole(w0k);
    Map<String, Double> earning = byRole(w1);
    Set<String> names = new LinkedHashSet<>(earning.keySet());
    names.addAll(keys.keySet());
    names.addAll(one.keySet());
    Map<String, double[]> rows = new LinkedHashMap<>();
    for (String name : names) {
      rows.put(
          name,
          new double[] {
            w0.isEmpty() ? Double.NaN : one.getOrDefault(name, 0.0),
            keys.getOrDefault(name, 0.0),
            earning.getOrDefault(name, 0.0)
          });
    }
    return rows;
  }

  /** The step of {@code ramp} at {@code rate} if it kept up there, else its saturation point. */
  private static Optional<RampStep> near(RampResult ramp, double rate) {
    return ramp.steps().stream()
        .filter(s -> s.offeredRate() == rate && s.keptUp())
        .findFirst()
        .or(ramp::saturation);
  }

  private static Map<String, Double> byRole(CpuProfile cpu) {
    Map<String, Double> roles = new LinkedHashMap<>();
    cpu.millisPerTxByProcess()
        .forEach(
            (name, ms) -> {
              String role =
                  name.startsWith(PUT_CHAINCODE_PREFIX)
                      ? name.substring(PUT_CHAINCODE_PREFIX.length())
                      : name;
              roles.merge(role, ms, Double::sum);
            });
    return roles;
  }
}
