package io.timecoin.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuProfileTest {

  @Test
  void ticks_become_milliseconds_per_committed_transaction_largest_first() {
    CpuSnapshot before =
        new CpuSnapshot(Map.of("peer0", 1000L, "orderer0", 500L, "gone", 10L), 10_000, 0);
    CpuSnapshot after =
        new CpuSnapshot(
            Map.of("peer0", 1300L, "orderer0", 600L, "load-generator", 70L),
            10_700,
            2_000_000_000L);

    CpuProfile p = CpuProfile.between(before, after, 200, 100);

    // 300 ticks at 100/s = 3000 ms over 200 tx; processes missing on either side are left out.
    assertThat(p.cpuMillisByProcess()).containsOnlyKeys("peer0", "orderer0");
    assertThat(p.millisPerTxByProcess())
        .containsExactly(Map.entry("peer0", 15.0), Map.entry("orderer0", 5.0));
    assertThat(p.totalMillis()).isEqualTo(4000.0);
    assertThat(p.totalMillisPerTx()).isEqualTo(20.0);
    assertThat(p.largest()).isEqualTo("peer0");
    assertThat(p.wallMillis()).isEqualTo(2000.0);
    assertThat(p.machineBusyMillis()).isEqualTo(7000.0);
    assertThat(p.shareOfMachine(2)).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void nothing_committed_gives_no_figure_per_transaction() {
    CpuSnapshot s = new CpuSnapshot(Map.of("peer0", 5L), -1, 0);
    CpuProfile p = CpuProfile.between(s, s, 0, 100);
    assertThat(p.totalMillisPerTx()).isNaN();
    assertThat(p.machineBusyMillis()).isEqualTo(-1);
  }

  @Test
  void network_processes_are_the_live_pid_files_of_the_run_folder_and_the_load_generator(
      @TempDir Path runDir) throws Exception {
    Path pids = Files.createDirectories(runDir.resolve("pids"));
    Process sleeper = new ProcessBuilder("sleep", "30").start();
    try {
      Process done = new ProcessBuilder("true").start();
      done.waitFor();
      Files.writeString(pids.resolve("peer0-platform.pid"), sleeper.pid() + "\n");
      Files.writeString(pids.resolve("orderer0.pid"), Long.toString(done.pid()));
      Files.writeString(pids.resolve("api-platform.pid"), "not a pid");
      Files.writeString(pids.resolve("notes.txt"), "1");

      Map<String, Long> found = NetworkProcesses.of(runDir);

      assertThat(found)
          .containsOnly(
              Map.entry("peer0-platform", sleeper.pid()),
              Map.entry(NetworkProcesses.LOAD_GENERATOR, ProcessHandle.current().pid()));
      CpuSnapshot snapshot = CpuSnapshot.take(found);
      assertThat(snapshot.ticksByProcess()).containsKeys("peer0-platform", "load-generator");
    } finally {
      sleeper.destroy();
    }
  }

  @Test
  void a_process_marked_for_another_run_folder_is_not_counted(@TempDir Path dir) throws Exception {
    Path mine = Files.createDirectories(dir.resolve("mine"));
    Path theirs = Files.createDirectories(dir.resolve("theirs"));
    ProcessBuilder b = new ProcessBuilder("sleep", "30");
    b.environment().put("TIMECOIN_RUN_DIR", theirs.toString());
    Process other = b.start();
    try {
      assertThat(NetworkProcesses.belongsTo(other.pid(), mine)).isFalse();
      assertThat(NetworkProcesses.belongsTo(other.pid(), theirs)).isTrue();
    } finally {
      other.destroy();
    }
  }
}
