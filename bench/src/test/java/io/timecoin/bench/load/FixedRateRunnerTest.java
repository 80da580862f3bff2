package io.timecoin.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FixedRateRunnerTest {

  private final FixedRateRunner runner =
      new FixedRateRunner(new PrintWriter(new StringWriter()), 60);

  @Test
  void sends_every_request_due_at_the_rate() throws Exception {
    Measurement m = runner.run("t", 50, Duration.ofMillis(400), 4, (worker, seq) -> {});

    assertThat(m.successes()).isEqualTo(20);
    assertThat(m.seconds()).isBetween(0.38, 5.0);
    assertThat(m.p99Millis()).isLessThan(500);
  }

  @Test
  void counts_the_wait_of_requests_that_fell_behind_schedule() throws Exception {
    // One worker, each request takes 50 ms, one is due every 10 ms: the system keeps up with a
    // fifth of the rate. Timed from their own start every request would take 50 ms; timed from
    // when it was due, the last of 20 has waited for the 19 before it, about 950 ms.
    Measurement m =
        runner.run("t", 100, Duration.ofMillis(200), 1, (worker, seq) -> Thread.sleep(50));

    assertThat(m.successes()).isEqualTo(20);
    assertThat(m.p50Millis()).isGreaterThan(300);
    assertThat(m.maxMillis()).isGreaterThan(700);
    assertThat(m.txPerSecond()).isLessThan(25);
  }

  @Test
  void counts_failures_by_cause_and_keeps_them_out_of_the_latencies() throws Exception {
    Measurement m =
        runner.run(
            "t",
            100,
            Duration.ofMillis(100),
            2,
            (worker, seq) -> {
              if (seq % 2 == 0) {
                throw new HttpFailure(503, "LEDGER_UNAVAILABLE");
              }
            });

    assertThat(m.successes()).isEqualTo(5);
    assertThat(m.failures()).containsEntry("http:503:LEDGER_UNAVAILABLE", 5L);
  }
}
