package io.timecoin.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the scenario folders of one run (each with {@code result.json} from the load, {@code
 * peers.txt} and {@code orderers.txt} from scripts/chaos's chain checks) into the Markdown results
 * table, and says which scenarios failed: any invariant violation, any 500, peers or orderers that
 * disagree (or orderers without one Raft leader), no 2xx after the heal, or (with a bound) an
 * answer slower than the bound.
 */
final class ReportWriter {

  private ReportWriter() {}

  /** Writes the report; returns the failures (empty when every scenario passed). */
  static List<String> write(Path resultsDir, Path header, Path out, Long boundMillis)
      throws IOException {
    List<Path> folders;
    try (Stream<Path> list = Files.list(resultsDir)) {
      folders = list.filter(p -> Files.exists(p.resolve("result.json"))).sorted().toList();
    }
    List<String> failures = new ArrayList<>();
    StringBuilder md = new StringBuilder();
    md.append(Files.readString(header).strip()).append("\n\n");
    md.append(
        "| Scenario | Fault | Writes: acked / refused / ambiguous (of them committed) | Answers by status | p50 / p99 / max answer (s) | Restart (s) | Recovery (s) | Longest stretch without a 2xx (s) | Peers | Orderers | Violations | Notes |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    List<String> details = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Path folder : folders) {
      JsonNode r = Json.MAPPER.readTree(folder.resolve("result.json").toFile());
      String name = r.path("scenario").asText();
      String peers = check(folder.resolve("peers.txt"));
      String orderers = check(folder.resolve("orderers.txt"));
      JsonNode outcomes = r.path("outcomes");
      StringBuilder statuses = new StringBuilder();
      r.path("statuses")
          .properties()
          .forEach(
              e ->
                  statuses
                      .append(statuses.length() == 0 ? "" : ", ")
                      .append(e.getKey())
                      .append(": ")
                      .append(e.getValue().asInt()));
      int violations = r.path("violations").size();
      md.append("| ")
          .append(name)
          .append(" | ")
          .append(r.path("fault").asText())
          .append(" | ")
          .append(outcomes.path("ACKNOWLEDGED").asInt())
          .append(" / ")
          .append(outcomes.path("REFUSED").asInt())
          .append(" / ")
          .append(outcomes.path("AMBIGUOUS").asInt())
          .append(" (")
          .append(r.path("ambiguousCommitted").asInt())
          .append(")")
          .append(" | ")
          .append(statuses)
          .append(" | ")
          .append(seconds(r.path("p50Millis")))
          .append(" / ")
          .append(seconds(r.path("p99Millis")))
          .append(" / ")
          .append(seconds(r.path("maxMillis")))
          .append(" | ")
          .append(seconds(r.path("restartMillis")))
          .append(" | ")
          .append(
              r.has("recoveryMillis") && r.path("recoveryMillis").isNull()
                  ? "**none**"
                  : seconds(r.path("recoveryMillis")))
          .append(" | ")
          .append(seconds(r.path("longestGapMillis")))
          .append(" | ")
          .append(peers.startsWith("ok") ? "equal" : "**" + peers + "**")
          .append(" | ")
          .append(orderers.startsWith("ok") ? "equal, one leader" : "**" + orderers + "**")
          .append(" | ")
          .append(violations == 0 ? "0" : "**" + violations + "**")
          .append(" | ")
          .append(r.path("notes").size())
          .append(" |\n");
      for (JsonNode v : r.path("violations")) {
        details.add(name + ": " + v.asText());
      }
      for (JsonNode n : r.path("notes")) {
        notes.add(name + ": " + n.asText());
      }
      if (violations > 0) {
        failures.add(name + ": " + violations + " invariant violation(s)");
      }
      if (r.path("statuses").path("500").asInt() > 0) {
        failures.add(name + ": " + r.path("statuses").path("500").asInt() + " answer(s) 500");
      }
      if (!peers.startsWith("ok")) {
        failures.add(name + ": peers " + peers);
      }
      if (!orderers.startsWith("ok")) {
        failures.add(name + ": orderers " + orderers);
      }
      if (r.has("recoveryMillis") && r.path("recoveryMillis").isNull()) {
        failures.add(name + ": no write succeeded after the fault was healed");
      }
      if (boundMillis != null && r.path("maxMillis").asLong() > boundMillis) {
        failures.add(
            name
                + ": an answer took "
                + seconds(r.path("maxMillis"))
                + " s, over the bound of "
                + boundMillis / 1000
                + " s");
      }
    }
    if (!details.isEmpty()) {
      md.append("\nViolations:\n\n");
      details.stream().limit(200).forEach(d -> md.append("- ").append(d).append('\n'));
    }
    if (!notes.isEmpty()) {
      md.append("\nNotes (no invariant broken):\n\n");
      notes.stream().limit(200).forEach(n -> md.append("- ").append(n).append('\n'));
    }

    md.append("\n")
        .append(
            failures.isEmpty()
                ? "Result: every scenario passed."
                : "Result: FAILED\n\n- " + String.join("\n- ", failures))
        .append('\n');
    Files.writeString(out, md.toString());
    return failures;
  }

  /** What a chain check of scripts/chaos wrote ("ok ..." or what differs), or "not checked". */
  private static String check(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file).strip() : "not checked";
  }

  private static String seconds(JsonNode millis) {
    if (millis.isMissingNode() || millis.isNull()) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.1f", millis.asLong() / 1000.0);
  }
}
