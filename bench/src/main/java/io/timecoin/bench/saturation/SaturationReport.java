package io.timecoin.bench.saturation;

import io.timecoin.bench.cpu.EcdsaCost;
import io.timecoin.bench.cpu.SignatureCount;
import io.timecoin.bench.report.MachineInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A saturation run: the ramps of W0, W0K, W1 and W2 with their CPU profiles, and the floors.
 *
 * @param date when the run started, ISO-8601 UTC.
 * @param label the run's label.
 * @param quick whether this was a {@code --quick} (smoke) run.
 * @param machine cores, memory and CPU model.
 * @param fabricVersion the Fabric version the network runs.
 * @param network batch settings and shape of the network.
 * @param settings the ramp's rates, step length, workers and latency bound.
 * @param clockTicksPerSecond {@code getconf CLK_TCK}, the unit of the CPU readings.
 * @param ramps one per workload, in order.
 * @param ecdsa the measured cost of one signature and one verification in the client (JCA).
 * @param nodeEcdsa the same in native code ({@code openssl speed}), a stand-in for the Go peers and
 *     orderers; the JCA's where openssl is missing.
 * @param signatures signatures per transaction, counted from the protocol.
 * @param chart the PNG's file name next to the Markdown, or empty if nothing was drawn.
 */
public record SaturationReport(
    String date,
    String label,
    boolean quick,
    MachineInfo machine,
    String fabricVersion,
    Map<String, String> network,
    RampSettings settings,
    int clockTicksPerSecond,
    List<RampResult> ramps,
    EcdsaCost ecdsa,
    EcdsaCost nodeEcdsa,
    SignatureCount signatures,
    String chart) {

  /** Copies the collections. */
  public SaturationReport {
    network = Map.copyOf(network);
    ramps = List.copyOf(ramps);
  }

  /** The ramp of {@code workload}, if it ran. */
  public Optional<RampResult> ramp(String workload) {
    return ramps.stream()
        .filter(r -> r.workload().equals(workload) && r.skipped().isEmpty())
        .findFirst();
  }
}
