package io.timecoin.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The short subset of the fault suite, on a real native network of its own with three orderers:
 * {@code scripts/chaos --quick} (kill -9 of the insurer's chaincode service, SIGSTOP of a Raft
 * follower, kill -9 of two of the three orderers then {@code scripts/network restart} of both).
 * Fails on any invariant violation, any 500, peers that disagree, orderers that do not all rejoin
 * (the same height, one Raft leader), or a network that never takes a write again after the heal.
 */
class ChaosSubsetIT {

  private static final Path PROJECT = Path.of(System.getProperty("timecoin.it.projectDir", "."));
  private static final Path RUN_DIR = Path.of(System.getProperty("timecoin.chaos.itRunDir"));
  private static final String OFFSET = System.getProperty("timecoin.it.portOffset", "10000");
  private static final String JAR = System.getProperty("timecoin.chaos.jar");

  @Test
  void theShortFaultMatrixKeepsEveryInvariant() throws Exception {
    Path network = PROJECT.resolve("scripts/network");
    // A run folder left by an earlier, killed build would be reused; start from nothing.
    run(
        List.of("bash", network.toString(), "down", "--wipe", "--run-dir", RUN_DIR.toString()),
        120);
    Path report = RUN_DIR.resolveSibling("chaos-it-report.md");
    int exit =
        run(
            List.of(
                "bash",
                PROJECT.resolve("scripts/chaos").toString(),
                "--quick",
                "--run-dir",
                RUN_DIR.toString(),
                "--port-offset",
                OFFSET,
                "--jar",
                JAR,
                "--report",
                report.toString()),
            1200);

    assertThat(Files.exists(report))
        .as("scripts/chaos wrote its report (see its output above)")
        .isTrue();
    String table = Files.readString(report);
    List<JsonNode> results = results();
    assertThat(results)
        .extracting(r -> r.path("scenario").asText())
        .containsExactlyInAnyOrder(
            "kill-chaincode-insurer", "stop-orderer-follower", "kill-two-orderers");
    for (JsonNode result : results) {
      String name = result.path("scenario").asText();
      assertThat(result.path("violations")).as(name + " violations").isEmpty();
      assertThat(result.path("statuses").path("500").asInt()).as(name + " 500s").isZero();
      assertThat(result.path("outcomes").path("ACKNOWLEDGED").asInt())
          .as(name + " acknowledged writes")
          .isPositive();
      assertThat(result.path("recoveryMillis").isNumber()).as(name + " recovered").isTrue();
    }
    // Each scenario's orderer check: every orderer at the same height, exactly one Raft leader.
    try (Stream<Path> files = Files.walk(RUN_DIR.resolve("chaos-results"))) {
      List<Path> checks =
          files.filter(p -> p.getFileName().toString().equals("orderers.txt")).toList();
      assertThat(checks).hasSize(results.size());
      for (Path check : checks) {
        assertThat(Files.readString(check))
            .as(check.getParent().getFileName() + " orderers")
            .startsWith("ok height=");
      }
    }
    assertThat(table).contains("Result: every scenario passed.");
    assertThat(exit).as("scripts/chaos exit status").isZero();
  }

  private static List<JsonNode> results() throws Exception {
    try (Stream<Path> files = Files.walk(RUN_DIR.resolve("chaos-results"))) {
      return files
          .filter(p -> p.getFileName().toString().equals("result.json"))
          .map(
              p -> {
                try {
                  return Json.MAPPER.readTree(p.toFile());
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  private static int run(List<String> command, long timeoutSeconds) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .directory(PROJECT.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      // SIGTERM lets scripts/chaos resume what it paused and stop its network.
      process.destroy();
      process.waitFor(120, TimeUnit.SECONDS);
      throw new AssertionError(
          String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
    }
    return process.exitValue();
  }
}
