package io.timecoin.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void allows_a_burst_then_one_request_per_interval_per_caller() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(2, 3, now::get);

    for (int i = 0; i < 3; i++) {
      assertThat(limiter.acquire("a")).isZero();
    }
    Duration wait = limiter.acquire("a");
    assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(500));
    assertThat(limiter.acquire("b")).as("another caller has its own bucket").isZero();

    now.addAndGet(Duration.ofMillis(500).toNanos());
    assertThat(limiter.acquire("a")).isZero();
  }
}
