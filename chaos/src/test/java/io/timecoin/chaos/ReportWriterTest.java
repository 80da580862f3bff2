package io.timecoin.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static final String RESULT =
      """
      {"scenario": "%s", "fault": "kill -9 orderer0 orderer1", "outcomes": {"ACKNOWLEDGED": 5},
       "statuses": {"201": 5}, "p50Millis": 400, "p99Millis": 900, "maxMillis": 900,
       "restartMillis": 1000, "recoveryMillis": 3500, "longestGapMillis": 13000,
       "violations": [], "notes": []}
      """;

  @TempDir Path dir;

  @Test
  void orderersThatRejoinedPassAndAreShownAsEqualWithOneLeader() throws Exception {
    scenario("kill-two-orderers", "ok height=40 leader=orderer2");

    List<String> failures = write();

    assertThat(failures).isEmpty();
    assertThat(Files.readString(dir.resolve("report.md")))
        .contains("| Peers | Orderers |")
        .contains("| equal | equal, one leader |")
        .contains("Result: every scenario passed.");
  }

  @Test
  void anOrdererBehindOrNoLeaderFailsTheScenario() throws Exception {
    scenario(
        "kill-two-orderers", "differ (height, leader): orderer0=40 0 orderer1=17 0 orderer2=40 0");

    List<String> failures = write();

    assertThat(failures)
        .containsExactly(
            "kill-two-orderers: orderers differ (height, leader): orderer0=40 0 orderer1=17 0"
                + " orderer2=40 0");
    assertThat(Files.readString(dir.resolve("report.md"))).contains("Result: FAILED");
  }

  @Test
  void aScenarioWhoseOrderersWereNotCheckedFails() throws Exception {
    scenario("kill-two-orderers", null);

    assertThat(write()).containsExactly("kill-two-orderers: orderers not checked");
  }

  private void scenario(String name, String orderers) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("results").resolve(name));
    Files.writeString(folder.resolve("result.json"), RESULT.formatted(name));
    Files.writeString(folder.resolve("peers.txt"), "ok height=40\n");
    if (orderers != null) {
      Files.writeString(folder.resolve("orderers.txt"), orderers + "\n");
    }
  }

  private List<String> write() throws Exception {
    Path header = Files.writeString(dir.resolve("header.md"), "# Fault suite (test)\n");
    return ReportWriter.write(dir.resolve("results"), header, dir.resolve("report.md"), null);
  }
}
