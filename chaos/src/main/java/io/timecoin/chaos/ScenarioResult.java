package io.timecoin.chaos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/** The figures of one scenario, as the JSON that {@code report} turns into a table row. */
final class ScenarioResult {

  private ScenarioResult() {}

  static ObjectNode of(
      String scenario,
      String faultText,
      List<Write> writes,
      LedgerState ledger,
      Invariants.Findings findings,
      Marks marks,
      long loadStart,
      long loadEnd) {
    ObjectNode json = Json.object();
    json.put("scenario", scenario);
    json.put("fault", faultText);
    json.put("writes", writes.size());
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> statuses = new TreeMap<>();
    List<Long> millis = new ArrayList<>();
    int ambiguousOnLedger = 0;
    for (Write write : writes) {
      outcomes.merge(write.outcome().name(), 1, Integer::sum);
      if (write.outcome() == Write.Outcome.AMBIGUOUS) {
        LedgerState.Request status = ledger.requests().get(write.key());
        if (status != null && "COMMITTED".equals(status.status())) {
          ambiguousOnLedger++;
        }
      }
      for (Answer answer : write.attemptsSoFar()) {
        statuses.merge(answer.statusClass(), 1, Integer::sum);
        millis.add(answer.millis());
      }
    }
    ObjectNode outcomeNode = json.putObject("outcomes");
    outcomes.forEach(outcomeNode::put);
    json.put("ambiguousCommitted", ambiguousOnLedger);
    ObjectNode statusNode = json.putObject("statuses");
    statuses.forEach(statusNode::put);
    json.put("attempts", millis.size());
    millis.sort(null);
    json.put("p50Millis", percentile(millis, 50));
    json.put("p99Millis", percentile(millis, 99));
    json.put("maxMillis", millis.isEmpty() ? 0 : millis.get(millis.size() - 1));
    OptionalLong fault = marks.get("fault");
    OptionalLong heal = marks.get("heal");
    OptionalLong healed = marks.get("healed");
    if (heal.isPresent() && healed.isPresent()) {
      json.put("restartMillis", healed.getAsLong() - heal.getAsLong());
    }
    if (heal.isPresent()) {
      Recovery.firstSuccessSentAfter(writes, heal.getAsLong())
          .ifPresentOrElse(
              first -> json.put("recoveryMillis", first.endedAtMillis() - heal.getAsLong()),
              () -> json.putNull("recoveryMillis"));
    }
    if (fault.isPresent()) {
      json.put("longestGapMillis", Recovery.longestGapMillis(writes, fault.getAsLong(), loadEnd));
    }
    json.put("loadSeconds", (loadEnd - loadStart) / 1000.0);
    ArrayNode list = json.putArray("violations");
    findings.violations().forEach(list::add);
    ArrayNode notes = json.putArray("notes");
    findings.notes().forEach(notes::add);
    return json;
  }

  /** Nearest-rank percentile of sorted values; 0 for none. */
  static long percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }
}
