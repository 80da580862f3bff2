package io.timecoin.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.bench.load.Measurement;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuPerRequestTest {

  private static Measurement reads(long successes) {
    return new Measurement(
        "W4 API", "closed c=16", 2.0, successes, Map.of(), successes / 2.0, 1, 2, 3, 4, Map.of());
  }

  @Test
  void each_busy_process_gets_its_cpu_per_request_and_idle_ones_are_left_out() {
    CpuSnapshot before =
        new CpuSnapshot(
            Map.of("api-platform", 0L, "peer-platform", 0L, "load-generator", 0L, "ca-x", 0L),
            0,
            0);
    // 2 s on 2 cores at 100 ticks/s: 400 ticks of capacity, 300 busy.
    CpuSnapshot after =
        new CpuSnapshot(
            Map.of("api-platform", 100L, "peer-platform", 60L, "load-generator", 40L, "ca-x", 1L),
            300,
            2_000_000_000L);
    CpuProfile cpu = CpuProfile.between(before, after, 500, 100);

    Measurement m = CpuPerRequest.withFigures(reads(500), cpu, 2, OptionalDouble.of(12.34));

    // 1000 ms of the API over 500 reads = 2 ms a read; the CA's 10 ms is under 2% of 2010 ms.
    assertThat(m.extra())
        .containsEntry(CpuPerRequest.TOTAL, 4.02)
        .containsEntry(CpuPerRequest.PER_REQUEST + "api-platform", 2.0)
        .containsEntry(CpuPerRequest.PER_REQUEST + "peer-platform", 1.2)
        .containsEntry(CpuPerRequest.PER_REQUEST + "load-generator", 0.8)
        .containsEntry(CpuPerRequest.MACHINE_BUSY, 75.0)
        .containsEntry(CpuPerRequest.LOAD, 12.3)
        .doesNotContainKey(CpuPerRequest.PER_REQUEST + "ca-x");
    assertThat(m.p99Millis()).isEqualTo(3);
  }

  @Test
  void a_level_without_successes_gets_no_figures() {
    CpuSnapshot s = new CpuSnapshot(Map.of("api-platform", 5L), 10, 0);
    CpuProfile cpu = CpuProfile.between(s, s, 0, 100);

    assertThat(CpuPerRequest.withFigures(reads(0), cpu, 2, OptionalDouble.of(1)).extra()).isEmpty();
  }

  @Test
  void a_measured_level_counts_this_jvm_as_the_load_generator(@TempDir Path runDir)
      throws Exception {
    CpuPerRequest cpu = CpuPerRequest.of(runDir);

    Measurement m =
        cpu.measure(
            () -> {
              // Burn 200 ms of this thread's CPU (not wall time: the machine may be busy) so the
              // load generator's ticks move.
              ThreadMXBean threads = ManagementFactory.getThreadMXBean();
              long until = threads.getCurrentThreadCpuTime() + 200_000_000L;
              long x = 0;
              while (threads.getCurrentThreadCpuTime() < until) {
                x += System.nanoTime() % 7;
              }
              return reads(x >= 0 ? 10 : 11);
            });

    assertThat(m.extra().get(CpuPerRequest.PER_REQUEST + NetworkProcesses.LOAD_GENERATOR))
        .isGreaterThan(0.0);
    assertThat(m.extra()).containsKey(CpuPerRequest.TOTAL);
  }
}
