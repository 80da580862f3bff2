package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.model.AccountView;
import io.timecoin.model.RegisterVolunteerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The promises of {@code scripts/network}: {@code up} on a running network changes nothing, every
 * org endorses with its own chaincode service, {@code restart} brings back exactly one process,
 * {@code down} stops every process {@code up} started, and {@code up} after {@code down} restarts
 * on the same ledger.
 */
class NetworkLifecycleIT {

  private static final Path ROOT =
      Path.of(System.getProperty("timecoin.it.projectDir", "..")).toAbsolutePath().normalize();
  private static final Path IT_RUN_DIR =
      Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"));

  @Test
  void up_on_the_running_network_keeps_every_process_and_reports_them_running() {
    Map<String, Long> before = pids(IT_RUN_DIR);

    String output = network("up", "--run-dir", IT_RUN_DIR.toString());

    assertThat(before)
        .containsKeys(
            "orderer0",
            "peer-platform",
            "peer-insurer",
            "peer-auditor",
            "chaincode-platform",
            "chaincode-insurer",
            "chaincode-auditor");
    assertThat(pids(IT_RUN_DIR)).isEqualTo(before);
    assertThat(output).contains("already running", "sequence 1 is already committed");
    assertThat(before.values()).allSatisfy(pid -> assertThat(isAlive(pid)).isTrue());
  }

  @Test
  void down_stops_every_process_and_up_afterwards_restarts_on_the_same_ledger() throws Exception {
    Path runDir = IT_RUN_DIR.resolveSibling("it-lifecycle-network");
    String offset = System.getProperty("timecoin.it.lifecycleOffset", "5000");
    String volunteer = "it-" + UUID.randomUUID().toString().replace("-", "");
    try {
      // Without the HTTP APIs: their jar is built after this module.
      network(
          "up",
          "--run-dir",
          runDir.toString(),
          "--port-offset",
          offset,
          "--stop-on-failure",
          "--without-api");
      registerThroughPlatform(runDir, volunteer);
      Map<String, Long> started = pids(runDir);

      writesCommitWithoutTheInsurersChaincodeAndRestartBringsBackOnlyIt(runDir, started);

      network("down", "--run-dir", runDir.toString());

      assertThat(started).hasSize(7);
      for (long pid : started.values()) {
        waitUntilGone(pid);
      }
      assertThat(pids(runDir)).isEmpty();

      network("up", "--run-dir", runDir.toString());
      try (TimeCoinLedger auditor = connect(runDir, "auditor")) {
        AccountView account = auditor.getAccount(volunteer);
        assertThat(account.volunteerId()).isEqualTo(volunteer);
      }
    } finally {
      network("down", "--run-dir", runDir.toString(), "--wipe");
    }
    assertThat(runDir).doesNotExist();
  }

  /**
   * Each peer dials its own org's chaincode service: with the insurer's killed, the platform's and
   * the auditor's still endorse (MAJORITY), so writes commit, which a single shared chaincode JVM
   * could not do. {@code restart} then starts that one process again and touches no other.
   */
  private static void writesCommitWithoutTheInsurersChaincodeAndRestartBringsBackOnlyIt(
      Path runDir, Map<String, Long> started) throws InterruptedException {
    long insurerChaincode = started.get("chaincode-insurer");
    ProcessHandle.of(insurerChaincode).ifPresent(ProcessHandle::destroyForcibly);
    waitUntilGone(insurerChaincode);
    String whileDown = "it-" + UUID.randomUUID().toString().replace("-", "");

    registerThroughPlatform(runDir, whileDown);
    String status = networkAllowingFailure("status", "--run-dir", runDir.toString());

    assertThat(status)
        .containsPattern("chaincode-insurer +- +- +stopped")
        .containsPattern("chaincode-platform +[0-9]+ .*listening")
        .containsPattern("chaincode-auditor +[0-9]+ .*listening");

    String restart = network("restart", "chaincode-insurer", "--run-dir", runDir.toString());

    Map<String, Long> after = pids(runDir);
    assertThat(restart).contains("chaincode-insurer answers through peer0.insurer");
    assertThat(after.get("chaincode-insurer")).isNotEqualTo(insurerChaincode);
    Map<String, Long> others = new TreeMap<>(after);
    others.remove("chaincode-insurer");
    Map<String, Long> othersBefore = new TreeMap<>(started);
    othersBefore.remove("chaincode-insurer");
    assertThat(others).isEqualTo(othersBefore);
    try (TimeCoinLedger insurer = connect(runDir, "insurer")) {
      assertThat(insurer.getAccount(whileDown).volunteerId()).isEqualTo(whileDown);
    }
    started.put("chaincode-insurer", after.get("chaincode-insurer"));
  }

  private static void registerThroughPlatform(Path runDir, String volunteer) {
    try (TimeCoinLedger platform = connect(runDir, "platform")) {
      platform.registerVolunteer(new RegisterVolunteerRequest("it-req:" + volunteer, volunteer));
    }
  }

  private static TimeCoinLedger connect(Path runDir, String org) {
    return TimeCoinLedger.connect(
        LedgerConnectionConfig.fromProperties(runDir.resolve("clients/" + org + ".properties")));
  }

  /** Runs scripts/network and returns its output; a non-zero exit fails the test with it. */
  private static String network(String... args) {
    return run(true, args);
  }

  /** Runs scripts/network and returns its output, whatever its exit status. */
  private static String networkAllowingFailure(String... args) {
    return run(false, args);
  }

  private static String run(boolean mustSucceed, String... args) {
    try {
      Path log = Files.createTempFile("network", ".log");
      String[] command =
          Stream.concat(
                  Stream.of("bash", ROOT.resolve("scripts/network").toString()), Stream.of(args))
              .toArray(String[]::new);
      Process process =
          new ProcessBuilder(command)
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      boolean finished = process.waitFor(5, TimeUnit.MINUTES);
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.delete(log);
      assertThat(finished).as("scripts/network %s finished in time", args[0]).isTrue();
      if (!mustSucceed) {
        return output;
      }
      assertThat(process.exitValue())
          .as("exit status of scripts/network %s; output:%n%s", String.join(" ", args), output)
          .isZero();
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Long> pids(Path runDir) {
    Map<String, Long> pids = new TreeMap<>();
    Path folder = runDir.resolve("pids");
    if (!Files.isDirectory(folder)) {
      return pids;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
        String name = file.getFileName().toString().replace(".pid", "");
        pids.put(name, Long.parseLong(Files.readString(file).strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pids;
  }

  private static boolean isAlive(long pid) {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  // down waits for every process before it returns; the short grace only absorbs the moment a
  // just-killed process takes to be reaped by init.
  private static void waitUntilGone(long pid) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (isAlive(pid) && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(isAlive(pid)).as("process %d is gone after down", pid).isFalse();
  }
}
