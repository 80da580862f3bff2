package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedStatTest {

  @Test
  void a_schedstat_line_gives_time_on_a_cpu_and_time_waiting_for_one() {
    assertThat(SchedStat.parse("714116 1863649 5\n"))
        .contains(new SchedStat(714_116, 1_863_649, 5));
  }

  @Test
  void a_line_that_is_not_schedstat_gives_nothing() {
    assertThat(SchedStat.parse("")).isEmpty();
    assertThat(SchedStat.parse("714116 1863649")).isEmpty();
    assertThat(SchedStat.parse("a b c")).isEmpty();
  }

  @Test
  void differences_and_sums_are_per_part() {
    SchedStat before = new SchedStat(100, 40, 3);
    SchedStat after = new SchedStat(350, 90, 7);
    assertThat(after.minus(before)).isEqualTo(new SchedStat(250, 50, 4));
    assertThat(before.plus(after)).isEqualTo(new SchedStat(450, 130, 10));
  }

  @Test
  void the_reading_thread_accumulates_cpu_time_on_linux() {
    Optional<SchedStat> before = SchedStat.currentThread();
    if (before.isEmpty()) {
      return; // not Linux, or no scheduler statistics: A4 then reports no split
    }
    long spin = 0;
    long until = System.nanoTime() + 50_000_000L;
    while (System.nanoTime() < until) {
      spin++;
    }
    SchedStat spent = SchedStat.currentThread().orElseThrow().minus(before.get());
    assertThat(spin).isPositive();
    // 50 ms of spinning is on a CPU or waiting for one, and mostly the former or the latter.
    assertThat(spent.onCpuNanos() + spent.waitingNanos()).isGreaterThan(40_000_000L);
  }

  @Test
  void a_process_that_does_not_exist_gives_nothing() {
    assertThat(SchedStat.processes(List.of(Long.MAX_VALUE))).isEmpty();
    assertThat(SchedStat.processes(List.of())).contains(SchedStat.ZERO);
  }
}
