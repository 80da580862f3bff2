package io.timecoin.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ClosedLoopRunnerTest {

  private final ClosedLoopRunner runner =
      new ClosedLoopRunner(new PrintWriter(new StringWriter()), 60);

  @Test
  void runs_each_sequence_number_once_across_all_workers_up_to_the_budget() throws Exception {
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    Set<Integer> workers = ConcurrentHashMap.newKeySet();

    Measurement m =
        runner.run(
            "t",
            4,
            Duration.ofMinutes(1),
            100,
            (worker, seq) -> {
              assertThat(seen.add(seq)).isTrue();
              workers.add(worker);
              Thread.sleep(1);
            });

    assertThat(m.successes()).isEqualTo(100);
    assertThat(seen).hasSize(100).allMatch(s -> s >= 0 && s < 100);
    assertThat(workers).containsExactlyInAnyOrder(0, 1, 2, 3);
    assertThat(m.mode()).isEqualTo("closed c=4");
  }

  @Test
  void throughput_grows_with_concurrency_when_requests_wait() throws Exception {
    WorkloadRequest tenMillis = (worker, seq) -> Thread.sleep(10);

    Measurement one = runner.run("t", 1, Duration.ofMillis(1000), Long.MAX_VALUE, tenMillis);
    Measurement eight = runner.run("t", 8, Duration.ofMillis(1000), Long.MAX_VALUE, tenMillis);

    // Sleeping workers need no CPU, so eight of them pass one by far even on a loaded machine,
    // whose late wake-ups eat into the ideal factor of eight (a 4x bound failed at a load of 50).
    assertThat(one.txPerSecond()).isBetween(5.0, 101.0);
    assertThat(eight.txPerSecond()).isGreaterThan(one.txPerSecond() * 2.5);
    assertThat(one.p50Millis()).isBetween(9.9, 200.0);
  }

  @Test
  void stops_at_the_deadline() throws Exception {
    long started = System.nanoTime();

    Measurement m =
        runner.run("t", 2, Duration.ofMillis(200), Long.MAX_VALUE, (w, s) -> Thread.sleep(20));

    assertThat((System.nanoTime() - started) / 1e6).isLessThan(3_000);
    assertThat(m.successes()).isBetween(2L, 22L);
  }
}
