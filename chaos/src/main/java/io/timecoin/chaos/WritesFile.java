package io.timecoin.chaos;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Every write of a scenario with each attempt's status, times and transaction, one JSON line per
 * write ({@code writes.jsonl}), to look into a violation or a slow answer afterwards. Bodies are
 * left out: they hold nothing the key, path and legs do not say.
 */
final class WritesFile {

  private WritesFile() {}

  static void write(Path file, List<Write> writes) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (Write write : writes) {
      ObjectNode line = Json.object();
      line.put("key", write.key());
      line.put("path", write.path());
      line.put("outcome", write.outcome().name());
      ObjectNode legs = line.putObject("legs");
      write.legs().forEach((account, coins) -> legs.put(account, coins.toPlainString()));
      ArrayNode attempts = line.putArray("attempts");
      for (Answer answer : write.attemptsSoFar()) {
        ObjectNode a = attempts.addObject();
        a.put("status", answer.statusClass());
        a.put("startedAt", answer.startedAtMillis());
        a.put("millis", answer.millis());
        a.put("replayed", answer.replayed());
        a.put("transactionId", Json.parse(answer.body()).path("transactionId").asText(""));
        a.put("code", Json.parse(answer.body()).path("code").asText(""));
      }
      lines.append(Json.text(line)).append('\n');
    }
    Files.writeString(file, lines);
  }
}
