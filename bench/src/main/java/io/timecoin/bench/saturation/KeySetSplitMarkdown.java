package io.timecoin.bench.saturation;

import static io.timecoin.bench.saturation.SaturationMarkdown.f;
import static io.timecoin.bench.saturation.SaturationMarkdown.num;

import java.util.Map;

/** Renders a {@link KeySetSplit}: the section that says where W1's cost above W0 comes from. */
final class KeySetSplitMarkdown {

  private KeySetSplitMarkdown() {}

  static String render(KeySetSplit split) {
    StringBuilder md =
        new StringBuilder(
            "\n## W1's cost split: Fabric's floor for its key set (W0K) and timecoin's own work\n\n");
    double w1 = split.w1().totalMillisPerTx();
    double keys = split.w0k().totalMillisPerTx();
    md.append(
        f(
            "At %s/s offered (W1's saturation point), %s: W1 spends **%.2f** CPU ms per earning ="
                + " **%.2f** ms Fabric's floor for its key set (W0K: 5 reads, 6 writes, an"
                + " earning's value lengths, no contract) + **%.2f** ms timecoin's own work (W1 -"
                + " W0K: contract routing, JSON and rules in the chaincode JVMs, ledger-client in"
                + " the load generator), %.0f%% of W1's CPU.",
            num(split.offeredRate()),
            split.sameRate()
                ? "the others at the same offered rate"
                : f(
                    "W0K at %s/s offered%s (it did not keep up at W1's rate: per-second costs"
                        + " are spread differently, so the split is rougher)",
                    num(split.w0kRate()),
                    split.w0().isEmpty() ? "" : f(", W0 at %s/s", num(split.w0Rate()))),
            w1,
            keys,
            w1 - keys,
            100 * (w1 - keys) / w1));
    split
        .w0()
        .ifPresent(
            one ->
                md.append(
                    f(
                        " Of W0K's %.2f ms, W0's one-key Put costs %.2f: the ten keys beyond"
                            + " one cost Fabric %.2f ms.",
                        keys, one.totalMillisPerTx(), keys - one.totalMillisPerTx())));
    md.append(
        "\n\nPer process (CPU ms per committed transaction; `chaincode-<org>` is timecoin's"
            + " chaincode service in W1 and the bench's Put chaincode, `bench-put-chaincode-<org>`,"
            + " in W0 and W0K):\n\n");
    md.append(
        "| Process | W0 (one key) | W0K (earning's keys) | W1 (earning) | Fabric per extra keys"
            + " (W0K - W0) | timecoin's own (W1 - W0K) |\n|---|---:|---:|---:|---:|---:|\n");
    double[] all = new double[3];
    for (Map.Entry<String, double[]> row : split.byProcess().entrySet()) {
      double[] v = row.getValue();
      for (int i = 0; i < 3; i++) {
        all[i] += v[i];
      }
      // Idle processes (CAs, the APIs W1 does not use) would only lengthen the table.
      if (Math.max(Math.abs(v[1]), Math.abs(v[2])) >= 0.005) {
        md.append(row(row.getKey(), v, false));
      }
    }
    md.append(row("all", all, true));
    return md.toString();
  }

  private static String row(String name, double[] v, boolean bold) {
    String b = bold ? "**" : "";
    return f(
        "| %s%s%s | %s | %s%.2f%s | %s%.2f%s | %s | %s%.2f%s |%n",
        b,
        name,
        b,
        Double.isNaN(v[0]) ? "-" : f("%s%.2f%s", b, v[0], b),
        b,
        v[1],
        b,
        b,
        v[2],
        b,
        Double.isNaN(v[0]) ? "-" : f("%s%.2f%s", b, v[1] - v[0], b),
        b,
        v[2] - v[1],
        b);
  }
}
