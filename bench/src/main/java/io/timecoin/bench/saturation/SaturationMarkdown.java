package io.timecoin.bench.saturation;

import io.timecoin.bench.cpu.CpuProfile;
import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.MachineInfo;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders a {@link SaturationReport} as the Markdown page committed next to its JSON and chart. */
public final class SaturationMarkdown {

  private SaturationMarkdown() {}

  /** The whole page. */
  public static String render(SaturationReport r) {
    StringBuilder md = new StringBuilder();
    md.append("# timecoin saturation ")
        .append(r.date())
        .append(" (")
        .append(r.label())
        .append(")\n\n");
    if (r.quick()) {
      md.append(
          "**Quick run**: short steps, a smoke test of the tools; not the ceiling of the network.\n\n");
    }
    MachineInfo m = r.machine();
    md.append(
        f(
            "- Machine: %d cores, %d MiB, %s; %s; Java %s%n",
            m.cores(), m.memoryMib(), m.cpuModel(), m.os(), m.java()));
    md.append("- Fabric: ").append(r.fabricVersion()).append('\n');
    md.append("- Network: ")
        .append(
            r.network().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", ")))
        .append('\n');
    RampSettings s = r.settings();
    md.append(
        f(
            "- Ramp: open loop, offered %s requests/s, %.0f s per step, up to %d in flight;"
                + " latency from each request's due time; a step keeps up when at most 1%% failed"
                + " and the last due request was done within the bound after the schedule ended;"
                + " the ramp stops at the first step that does not%n",
            s.plan().rates().stream()
                .map(SaturationMarkdown::num)
                .collect(Collectors.joining(", ")),
            s.stepSeconds(),
            s.workers()));
    md.append(
        f(
            "- Saturation point: the highest offered rate that kept up with p99 <= %.0f ms%n",
            s.p99BoundMillis()));
    md.append(
        f(
            "- CPU: utime + stime from /proc/<pid>/stat of every process in the run folder's pid"
                + " files and of the load generator, %d ticks/s, per committed transaction%n%n",
            r.clockTicksPerSecond()));

    md.append("## Saturation points\n\n");
    md.append(
        "| Workload | saturation (offered/s) | committed tx/s | p50 ms | p99 ms | CPU ms/tx (all)"
            + " | most CPU per tx | ramp ended | load average (1 min) mean / max |\n"
            + "|---|---:|---:|---:|---:|---:|---|---|---|\n");
    for (RampResult ramp : r.ramps()) {
      if (!ramp.skipped().isEmpty()) {
        md.append(f("| %s | skipped: %s | | | | | | | |%n", ramp.workload(), ramp.skipped()));
        continue;
      }
      Optional<RampStep> sat = ramp.saturation();
      if (sat.isEmpty()) {
        md.append(
            f(
                "| %s | none: no step kept up within the bound | | | | | | %s | %s |%n",
                ramp.workload(), ramp.stoppedBecause(), load(ramp)));
        continue;
      }
      Measurement x = sat.get().measurement();
      CpuProfile cpu = sat.get().cpu();
      md.append(
          f(
              "| %s | %s | %.1f | %.1f | %.1f | %.2f | %s | %s | %s |%n",
              ramp.workload(),
              num(sat.get().offeredRate()),
              x.txPerSecond(),
              x.p50Millis(),
              x.p99Millis(),
              cpu.totalMillisPerTx(),
              largest(cpu),
              ramp.stoppedBecause(),
              load(ramp)));
    }
    if (!r.chart().isEmpty()) {
      md.append("\n![throughput and p99 against offered rate](").append(r.chart()).append(")\n");
    }

    md.append("\n## Targets\n\n| Target | Measured | Verdict |\n|---|---|---|\n");
    md.append(rateTarget(r, "W1", "W0", 0.8));
    md.append(cpuTarget(r, "W1", "W0", 1.25));
    md.append(rateTarget(r, "W2", "W1", 0.9));

    md.append("\n## Floors\n\n");
    double txPerBlock = r.signatures().txPerBlock();
    boolean nativeNodes = !r.nodeEcdsa().equals(r.ecdsa());
    md.append(
        f(
            "- **Cryptographic**: the client signs with the JCA (%s, NONEwithECDSA over a SHA-256"
                + " digest as the Fabric Gateway client does): %.1f us CPU per P-256 signature,"
                + " %.1f us per verification (thread CPU time after warm-up). The Go peers and"
                + " orderers: %.1f us and %.1f us (%s). A transaction makes %.0f client"
                + " signatures, %.2f peer and orderer signatures and %.2f verifications (at %.1f"
                + " transactions per block): **%.2f CPU ms per transaction** (%.2f ms if every"
                + " operation cost the JCA's).%n",
            r.ecdsa().provider(),
            r.ecdsa().signMicros(),
            r.ecdsa().verifyMicros(),
            r.nodeEcdsa().signMicros(),
            r.nodeEcdsa().verifyMicros(),
            nativeNodes
                ? r.nodeEcdsa().provider() + ", native P-256 as a stand-in for Go's assembly one"
                : "openssl was not available: the JCA's figures, an upper estimate",
            r.signatures().clientSigns(),
            r.signatures().nodeSigns(),
            r.signatures().verifies(),
            txPerBlock,
            r.ecdsa().millisPerTx(r.signatures(), r.nodeEcdsa()),
            r.ecdsa().millisPerTx(r.signatures())));
    r.signatures().reasoning().forEach(line -> md.append("  - ").append(line).append('\n'));
    Optional<CpuProfile> w0 = r.ramp("W0").flatMap(RampResult::saturation).map(RampStep::cpu);
    md.append(
        w0.map(
                cpu ->
                    f(
                        "- **Fabric's own** (W0, one-key Put, at its saturation point): %.2f CPU ms"
                            + " per transaction, all processes.%n",
                        cpu.totalMillisPerTx()))
            .orElse("- **Fabric's own** (W0's CPU per transaction): not measured.\n"));
    r.ramp("W0K")
        .flatMap(RampResult::saturation)
        .ifPresent(
            sat ->
                md.append(
                    f(
                        "- **Fabric's floor for an earning's key set** (W0K, 5 reads and 6 writes"
                            + " of an earning's value lengths through the Put chaincode, no"
                            + " contract, at its saturation point): %.2f CPU ms per transaction,"
                            + " %.1f tx/s. W1's cost split against it, at the same offered rate:"
                            + " below.%n",
                        sat.cpu().totalMillisPerTx(), sat.measurement().txPerSecond())));
    for (String id : List.of("W1", "W2")) {
      Optional<CpuProfile> cpu = r.ramp(id).flatMap(RampResult::saturation).map(RampStep::cpu);
      if (cpu.isPresent() && w0.isPresent()) {
        md.append(
            f(
                "- %s spends %.2f CPU ms per transaction: %.2f x W0's, %.2f ms above Fabric's"
                    + " own floor.%n",
                id,
                cpu.get().totalMillisPerTx(),
                cpu.get().totalMillisPerTx() / w0.get().totalMillisPerTx(),
                cpu.get().totalMillisPerTx() - w0.get().totalMillisPerTx()));
      }
    }

    md.append("\n## CPU per committed transaction by process, at each saturation point (ms)\n\n");
    md.append(processTable(r));
    KeySetSplit.of(r).ifPresent(split -> md.append(KeySetSplitMarkdown.render(split)));

    for (RampResult ramp : r.ramps()) {
      md.append("\n## ")
          .append(ramp.workload())
          .append(" ramp: ")
          .append(ramp.title())
          .append("\n\n");
      if (!ramp.skipped().isEmpty()) {
        md.append("Skipped: ").append(ramp.skipped()).append('\n');
        continue;
      }
      md.append(
          "| offered/s | committed tx/s | p50 ms | p99 ms | max ms | ok | failed (by cause)"
              + " | kept up | CPU ms/tx | machine busy | top processes (ms/tx) |\n");
      md.append("|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---|\n");
      for (RampStep step : ramp.steps()) {
        md.append(stepRow(r, step));
      }
      md.append("\nEnded: ").append(ramp.stoppedBecause());
      md.append("; load average (1 min) while it ran: ").append(load(ramp)).append('\n');
    }
    return md.toString();
  }

  static String stepRow(SaturationReport r, RampStep step) {
    Measurement x = step.measurement();
    CpuProfile cpu = step.cpu();
    String failures =
        x.failures().isEmpty()
            ? "0"
            : x.failureCount()
                + " ("
                + x.failures().entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "))
                + ")";
    String top =
        cpu.millisPerTxByProcess().entrySet().stream()
            .limit(3)
            .map(e -> f("%s %.2f", e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "));
    String busy =
        cpu.machineBusyMillis() < 0 || cpu.wallMillis() <= 0
            ? "-"
            : f("%.0f%%", 100 * cpu.machineBusyMillis() / (r.machine().cores() * cpu.wallMillis()));
    return f(
        "| %s | %.1f | %.1f | %.1f | %.1f | %d | %s | %s | %.2f | %s | %s |%n",
        num(step.offeredRate()),
        x.txPerSecond(),
        x.p50Millis(),
        x.p99Millis(),
        x.maxMillis(),
        x.successes(),
        failures,
        step.keptUp() ? (step.p99Within() ? "yes" : "yes, p99 over bound") : "no",
        cpu.totalMillisPerTx(),
        busy,
        top);
  }

  private static String processTable(SaturationReport r) {
    Map<String, CpuProfile> bySaturation = new LinkedHashMap<>();
    for (RampResult ramp : r.ramps()) {
      ramp.saturation().ifPresent(s -> bySaturation.put(ramp.workload(), s.cpu()));
    }
    if (bySaturation.isEmpty()) {
      return "No workload reached a saturation point.\n";
    }
    Set<String> processes = new LinkedHashSet<>();
    bySaturation.values().forEach(cpu -> processes.addAll(cpu.millisPerTxByProcess().keySet()));
    StringBuilder t = new StringBuilder("| Process |");
    bySaturation.keySet().forEach(id -> t.append(' ').append(id).append(" |"));
    t.append("\n|---|").append("---:|".repeat(bySaturation.size())).append('\n');
    for (String p : processes) {
      t.append("| ").append(p).append(" |");
      for (CpuProfile cpu : bySaturation.values()) {
        Double v = cpu.millisPerTxByProcess().get(p);
        t.append(v == null ? " - |" : f(" %.2f |", v));
      }
      t.append('\n');
    }
    t.append("| **all** |");
    bySaturation.values().forEach(cpu -> t.append(f(" **%.2f** |", cpu.totalMillisPerTx())));
    t.append('\n');
    return t.toString();
  }

  private static String rateTarget(SaturationReport r, String id, String base, double factor) {
    String target = f("%s at saturation >= %s x %s at saturation (tx/s)", id, num(factor), base);
    Optional<RampStep> a = r.ramp(id).flatMap(RampResult::saturation);
    Optional<RampStep> b = r.ramp(base).flatMap(RampResult::saturation);
    if (a.isEmpty() || b.isEmpty() || b.get().measurement().txPerSecond() == 0) {
      return f("| %s | - | not measured |%n", target);
    }
    double ta = a.get().measurement().txPerSecond();
    double tb = b.get().measurement().txPerSecond();
    return f(
        "| %s | %s = %.2f x %s (%.1f / %.1f tx/s) | %s |%n",
        target, id, ta / tb, base, ta, tb, ta / tb >= factor ? "met" : "missed");
  }

  private static String cpuTarget(SaturationReport r, String id, String base, double factor) {
    String target = f("%s CPU per committed tx <= %s x %s's", id, num(factor), base);
    Optional<CpuProfile> a = r.ramp(id).flatMap(RampResult::saturation).map(RampStep::cpu);
    Optional<CpuProfile> b = r.ramp(base).flatMap(RampResult::saturation).map(RampStep::cpu);
    if (a.isEmpty() || b.isEmpty() || !(b.get().totalMillisPerTx() > 0)) {
      return f("| %s | - | not measured |%n", target);
    }
    double ratio = a.get().totalMillisPerTx() / b.get().totalMillisPerTx();
    return f(
        "| %s | %.2f x (%.2f / %.2f ms) | %s |%n",
        target,
        ratio,
        a.get().totalMillisPerTx(),
        b.get().totalMillisPerTx(),
        ratio <= factor ? "met" : "missed");
  }

  /** The ramp's load average, mean / max, or "-" if it was not sampled. */
  static String load(RampResult ramp) {
    return Double.isNaN(ramp.loadMean()) ? "-" : f("%.1f / %.1f", ramp.loadMean(), ramp.loadMax());
  }

  private static String largest(CpuProfile cpu) {
    String name = cpu.largest();
    return name.isEmpty() ? "-" : f("%s %.2f ms", name, cpu.millisPerTxByProcess().get(name));
  }

  static String num(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : java.math.BigDecimal.valueOf(value)
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
  }

  static String f(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
