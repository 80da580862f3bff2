package io.timecoin.bench.caliper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a Caliper run back: the summary table of its {@code report.html} (Caliper's own figures)
 * and the workload module's {@code round-*-worker-*.json} records, joined by round label.
 */
public final class CaliperRounds {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SUMMARY =
      Pattern.compile("id=\"benchmarksummary\">(.*?)</table>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL =
      Pattern.compile("<t[hd]>\\s*(.*?)\\s*</t[hd]>", Pattern.DOTALL);

  private CaliperRounds() {}

  /** The rounds of {@code plan} as Caliper reported them and the module recorded them. */
  public static List<CaliperRound> read(CaliperPlan plan, Path reportHtml, Path recordsDir) {
    Map<String, Map<String, String>> summary = summary(read(reportHtml));
    Map<String, List<JsonNode>> records = records(recordsDir);
    List<CaliperRound> rounds = new ArrayList<>();
    for (CaliperPlan.Round r : plan.rounds()) {
      Map<String, String> row = summary.get(r.label());
      if (row == null) {
        throw new IllegalArgumentException(
            reportHtml + " has no summary row for round " + r.label() + ": did Caliper finish it?");
      }
      rounds.add(round(r, row, records.getOrDefault(r.label(), List.of())));
    }
    return rounds;
  }

  /** Caliper's summary table: per round label, its cells by column title. */
  static Map<String, Map<String, String>> summary(String html) {
    Matcher table = SUMMARY.matcher(html);
    if (!table.find()) {
      throw new IllegalArgumentException("not a Caliper report: no benchmark summary table");
    }
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(table.group(1));
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(cell.group(1).trim());
      }
      if (!cells.isEmpty()) {
        rows.add(cells);
      }
    }
    Map<String, Map<String, String>> byLabel = new LinkedHashMap<>();
    if (rows.isEmpty()) {
      return byLabel;
    }
    List<String> head = rows.get(0);
    for (List<String> cells : rows.subList(1, rows.size())) {
      Map<String, String> named = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(head.size(), cells.size()); i++) {
        named.put(head.get(i), cells.get(i));
      }
      byLabel.put(named.get("Name"), named);
    }
    return byLabel;
  }

  private static CaliperRound round(
      CaliperPlan.Round r, Map<String, String> row, List<JsonNode> workers) {
    List<Long> latencies = new ArrayList<>();
    double inFlightMean = 0;
    int inFlightMax = 0;
    long shared = 0;
    double cpu = 0;
    List<Double> loads = new ArrayList<>();
    for (JsonNode w : workers) {
      for (JsonNode tx : w.path("txs")) {
        if (tx.get(2).asInt() == 1) {
          latencies.add(tx.get(1).asLong() - tx.get(0).asLong());
        }
      }
      inFlightMean += w.path("inFlightMean").asDouble();
      inFlightMax += w.path("inFlightMax").asInt();
      shared += w.path("sharedAccountRequests").asLong();
      cpu += w.path("cpuMillis").asDouble();
      w.path("loadAverage").forEach(l -> loads.add(l.asDouble()));
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new CaliperRound(
        r,
        (long) number(row, "Succ"),
        (long) number(row, "Fail"),
        number(row, "Send Rate (TPS)"),
        number(row, "Throughput (TPS)"),
        number(row, "Avg Latency (s)"),
        number(row, "Max Latency (s)"),
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted.length,
        inFlightMean,
        inFlightMax,
        shared,
        loads.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
        loads.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
        workers.isEmpty() ? Double.NaN : cpu);
  }

  /** Nearest-rank percentile of sorted values, 0 when there are none. */
  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** A summary cell as a number; Caliper writes "-" where there is none (no successes). */
  private static double number(Map<String, String> row, String column) {
    String text = row.get(column);
    if (text == null) {
      throw new IllegalArgumentException("Caliper's summary has no column '" + column + "'");
    }
    return text.equals("-") || text.equals("N/A") ? Double.NaN : Double.parseDouble(text);
  }

  private static Map<String, List<JsonNode>> records(Path dir) {
    Map<String, List<JsonNode>> byLabel = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) {
      return byLabel;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        if (f.getFileName().toString().matches("round-\\d+-worker-\\d+\\.json")) {
          JsonNode node = JSON.readTree(f.toFile());
          byLabel.computeIfAbsent(node.path("label").asText(), k -> new ArrayList<>()).add(node);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the Caliper records in " + dir, e);
    }
    return byLabel;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read Caliper's report " + file, e);
    }
  }
}
