package io.timecoin.api.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.timecoin.client.Committed;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.identities.CaSettings;
import io.timecoin.identities.FabricCa;
import io.timecoin.identities.Operators;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.RecordEarningRequest;
import java.nio.file.Path;

/**
 * Earnings in a branch of one test class's own. The API's keys sign as the default platform
 * operator, whose certificate names the branch every IT shares; a test that sums or filters by
 * branch needs earnings no other test makes, so they come from a new earning verifier of that
 * branch, registered and enrolled at the IT network's platform CA and writing through the ledger
 * client.
 */
final class ItVerifiers {

  private ItVerifiers() {}

  /**
   * Records one earning as a new verifier of {@code branch}; the answer has the API's write shape:
   * {@code transactionId}, {@code blockNumber} and the entry as {@code result}.
   */
  static JsonNode earn(String branch, String volunteerId, String coins, String category) {
    try (TimeCoinLedger verifier = verifierOf(branch)) {
      Committed<EntryView> earned =
          verifier.recordEarning(
              new RecordEarningRequest(
                  ItData.id("earn"),
                  volunteerId,
                  ItData.id("act"),
                  60,
                  CoinAmount.parse(coins),
                  null,
                  ItData.EVIDENCE,
                  category));
      ObjectMapper json = new ObjectMapper();
      ObjectNode write = json.createObjectNode();
      write.put("transactionId", earned.transactionId());
      write.put("blockNumber", earned.blockNumber());
      write.set("result", json.readTree(LedgerJson.write(earned.value())));
      return write;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the ledger's own JSON did not parse", e);
    }
  }

  private static TimeCoinLedger verifierOf(String branch) {
    Path runDir = Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"));
    Operators operators =
        new Operators(
            new FabricCa(
                CaSettings.read(
                    runDir.toAbsolutePath().resolve("ca/platform/ca-client.properties"))),
            "platform");
    String id = "it-" + branch + "-" + Long.toString(System.nanoTime() % 1_000_000L, 36);
    operators.register(id, "earning-verifier", branch);
    return TimeCoinLedger.connect(
        LedgerConnectionConfig.fromProperties(operators.enroll(id).clientConfig()));
  }
}
