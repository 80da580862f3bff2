package io.timecoin.bench.report;

import java.util.List;
import java.util.Map;

/**
 * One benchmark run against one network: when, on what machine and Fabric, with which batch
 * settings, and what each workload measured.
 *
 * @param date when the run started, ISO-8601 UTC.
 * @param label the run's label (part of the results file name).
 * @param quick whether this was a {@code --quick} run (smoke figures, short measurements).
 * @param machine cores, memory and CPU model.
 * @param fabricVersion the Fabric version the network runs.
 * @param network batch settings and other facts of the network, by name.
 * @param workloads what each workload produced, in order.
 * @param targets the targets, each compared with the measured figures.
 */
public record BenchReport(
    String date,
    String label,
    boolean quick,
    MachineInfo machine,
    String fabricVersion,
    Map<String, String> network,
    List<WorkloadResult> workloads,
    List<TargetCheck> targets) {

  /** Copies the collections. */
  public BenchReport {
    network = Map.copyOf(network);
    workloads = List.copyOf(workloads);
    targets = List.copyOf(targets);
  }
}
