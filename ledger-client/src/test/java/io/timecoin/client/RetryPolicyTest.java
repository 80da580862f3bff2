package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.ErrorCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final List<Duration> waits = new ArrayList<>();
  private final RetryPolicy policy =
      new RetryPolicy(4, Duration.ofMillis(50), Duration.ofMillis(300), waits::add);

  @Test
  void read_conflicts_are_re_run_until_the_write_commits() {
    AtomicInteger calls = new AtomicInteger();

    String result =
        policy.run(
            "RecordEarning",
            () -> {
              if (calls.incrementAndGet() < 3) {
                throw readConflict();
              }
              return "committed";
            });

    assertThat(result).isEqualTo("committed");
    assertThat(calls).hasValue(3);
    assertThat(waits).hasSize(2);
  }

  @Test
  void gives_up_after_the_last_attempt_with_the_last_failure() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                policy.run(
                    "RecordEarning",
                    () -> {
                      calls.incrementAndGet();
                      throw readConflict();
                    }))
        .isInstanceOf(LedgerCommitException.class);
    assertThat(calls).hasValue(4);
  }

  @Test
  void unavailable_before_ordering_is_retried_but_an_unknown_outcome_is_not() {
    assertThat(RetryPolicy.isRetryable(unavailable(false))).isTrue();
    assertThat(RetryPolicy.isRetryable(unavailable(true))).isFalse();
  }

  @Test
  void refusals_by_the_rules_and_other_invalid_commits_are_never_retried() {
    AtomicInteger calls = new AtomicInteger();
    LedgerRejectedException refusal =
        new LedgerRejectedException(
            ErrorCode.INSUFFICIENT_BALANCE, "reason", "refused", "tx-1", null);

    assertThatThrownBy(
            () ->
                policy.run(
                    "Transfer",
                    () -> {
                      calls.incrementAndGet();
                      throw refusal;
                    }))
        .isSameAs(refusal);
    assertThat(calls).hasValue(1);
    assertThat(
            RetryPolicy.isRetryable(
                new LedgerCommitException("invalid", "tx-2", "ENDORSEMENT_POLICY_FAILURE", 9)))
        .isFalse();
  }

  @Test
  void a_timestamp_refused_by_an_endorser_is_retried_with_a_new_proposal() {
    // Endorsers whose clocks sit on either side of the window's edge disagree; a new attempt gets
    // a new timestamp, so it is worth sending again (never committed, so no double write).
    assertThat(
            RetryPolicy.isRetryable(
                new LedgerRejectedException(
                    ErrorCode.TIMESTAMP_OUT_OF_WINDOW, "", "skew", "tx-3", null)))
        .isTrue();
  }

  @Test
  void waits_grow_but_never_beyond_the_maximum() {
    for (int attempt = 1; attempt <= 30; attempt++) {
      Duration wait = policy.backoff(attempt);
      long ceiling = Math.min(50L << Math.min(attempt - 1, 20), 300);
      assertThat(wait.toMillis()).isBetween(0L, ceiling);
    }
  }

  @Test
  void rejects_a_policy_without_attempts() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, d -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_unknown_outcome_and_a_refusal_are_never_re_run() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                policy.run(
                    "RecordEarning",
                    () -> {
                      calls.incrementAndGet();
                      throw new LedgerOutcomeUnknownException("unknown", "tx-5", "req-5", null);
                    }))
        .isInstanceOf(LedgerOutcomeUnknownException.class);
    assertThat(
            RetryPolicy.isRetryable(
                new LedgerRejectedException(ErrorCode.INSUFFICIENT_BALANCE, "", "no", null, null)))
        .isFalse();
    assertThat(RetryPolicy.isRetryable(new LedgerException("other", null, null))).isFalse();
    assertThat(calls).hasValue(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void an_async_write_continues_after_its_first_attempt_and_counts_it() {
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                policy.runAfter(
                    "RecordEarning",
                    readConflict(),
                    () -> {
                      calls.incrementAndGet();
                      throw readConflict();
                    }))
        .isInstanceOf(LedgerCommitException.class);
    // Four attempts in all: the first made elsewhere, then three here.
    assertThat(calls).hasValue(3);
    assertThat(waits).hasSize(3);
    assertThatThrownBy(() -> policy.runAfter("RecordEarning", unavailable(true), () -> "never run"))
        .isInstanceOf(LedgerUnavailableException.class);
  }

  @Test
  void a_refusal_that_may_come_from_a_peer_a_block_behind_is_asked_again() {
    AtomicInteger calls = new AtomicInteger();

    String result =
        policy.run(
            "RecordEarning",
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw refused(ErrorCode.VOLUNTEER_NOT_FOUND);
              }
              return "committed";
            });

    assertThat(result).isEqualTo("committed");
    assertThat(calls).hasValue(2);
    assertThat(waits).containsExactly(RetryPolicy.STALE_REFUSAL_PAUSE);
  }

  @Test
  void a_possibly_stale_refusal_that_persists_is_reported_after_a_few_blocks() {
    RetryPolicy many =
        new RetryPolicy(150, Duration.ofMillis(50), Duration.ofSeconds(1), waits::add);
    AtomicInteger calls = new AtomicInteger();
    LedgerRejectedException notApproved = refused(ErrorCode.CLAIM_NOT_APPROVED);

    assertThatThrownBy(
            () ->
                many.run(
                    "PayClaim",
                    () -> {
                      calls.incrementAndGet();
                      throw notApproved;
                    }))
        .isSameAs(notApproved);
    assertThat(calls).hasValue(1 + RetryPolicy.STALE_REFUSAL_RETRIES);
    assertThat(notApproved.mayBeStale()).isTrue();
    assertThat(refused(ErrorCode.INSUFFICIENT_BALANCE).mayBeStale()).isFalse();
  }

  @Test
  void retries_stop_at_the_write_deadline_whatever_attempts_remain() {
    RetryPolicy many =
        new RetryPolicy(150, Duration.ofMillis(50), Duration.ofSeconds(1), waits::add);
    long[] now = {0};
    WriteDeadline deadline = WriteDeadline.after(Duration.ofSeconds(2), () -> now[0]);
    AtomicInteger calls = new AtomicInteger();

    assertThatThrownBy(
            () ->
                many.run(
                    "RecordEarning",
                    deadline,
                    () -> {
                      calls.incrementAndGet();
                      now[0] += Duration.ofMillis(700).toNanos(); // each attempt takes 0.7 s
                      throw unavailable(false);
                    }))
        .isInstanceOf(LedgerUnavailableException.class);
    // 0.7, 1.4, then at 2.1 s the budget is spent: three attempts, not 150.
    assertThat(calls.get()).isBetween(2, 3);
    assertThat(deadline.expired()).isTrue();
  }

  private static LedgerRejectedException refused(ErrorCode code) {
    return new LedgerRejectedException(code, "reason", "refused", "tx-9", null);
  }

  private static LedgerCommitException readConflict() {
    return new LedgerCommitException("conflict", "tx-0", "MVCC_READ_CONFLICT", 7);
  }

  private static LedgerUnavailableException unavailable(boolean outcomeUnknown) {
    return new LedgerUnavailableException("down", "tx-3", outcomeUnknown, null);
  }
}
