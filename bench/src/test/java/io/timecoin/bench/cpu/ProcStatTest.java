package io.timecoin.bench.cpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProcStatTest {

  @Test
  void utime_and_stime_are_counted_after_a_name_with_spaces_and_parentheses() {
    String line =
        "4242 (java (peer) 1) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 0 0 20 0 40 0 99 0";
    assertThat(ProcStat.cpuTicks(line)).isEqualTo(1234 + 567);
  }

  @Test
  void a_line_that_is_not_a_stat_line_is_refused() {
    assertThatThrownBy(() -> ProcStat.cpuTicks("no name here")).hasMessageContaining("')'");
    assertThatThrownBy(() -> ProcStat.cpuTicks("1 (x) S 1 2")).hasMessageContaining("fields");
  }

  @Test
  void machine_busy_ticks_leave_out_idle_and_iowait() {
    // user nice system idle iowait irq softirq steal guest guest_nice
    assertThat(ProcStat.machineBusyTicks("cpu  100 2 30 5000 70 4 5 6 0 0"))
        .isEqualTo(100 + 2 + 30 + 4 + 5 + 6);
    assertThatThrownBy(() -> ProcStat.machineBusyTicks("intr 1 2 3 4 5"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void this_process_has_used_cpu_and_a_gone_one_has_none_to_read() throws Exception {
    long burn = 0;
    long until = System.nanoTime() + 50_000_000;
    while (System.nanoTime() < until) {
      burn += System.nanoTime() % 7;
    }
    assertThat(burn).isPositive();
    assertThat(ProcStat.cpuTicks(ProcessHandle.current().pid()).orElse(-1)).isPositive();
    Process done = new ProcessBuilder("true").start();
    done.waitFor();
    assertThat(ProcStat.cpuTicks(done.pid())).isEmpty();
    assertThat(ProcStat.clockTicksPerSecond()).isPositive();
    assertThat(ProcStat.machineBusyTicks()).isPositive();
  }
}
