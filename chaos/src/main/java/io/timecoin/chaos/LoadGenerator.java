package io.timecoin.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bounded write load of one scenario: a few workers, each sending its next write when the
 * previous one is answered (closed loop, so a hung network slows the load instead of piling it up).
 * 70% earnings of 0.01 coins, 30% transfers of 0.01 coins between the scenario's own accounts.
 * Every write has its own Idempotency-Key; one in ten 201s is sent again with the same key (a
 * replay must answer the same transaction), and every second write whose answer was ambiguous
 * (timeout, no answer, 5xx) is re-sent with its key until it gets a definite answer (at most three
 * times, and not past the end of the load); the other half is left as it is, for the check to find
 * settled once or not at all.
 */
final class LoadGenerator {

  static final BigDecimal SEED_COINS = new BigDecimal("1.00");
  static final BigDecimal STEP_COINS = new BigDecimal("0.01");
  static final int MAX_RESENDS = 3;

  private final ApiClient api;
  private final String runId;
  private final List<String> accounts;
  private final int workers;
  private final Marks marks;
  private LoadSchedule schedule;
  private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
  private final AtomicLong sequence = new AtomicLong();

  LoadGenerator(ApiClient api, String runId, int accountCount, int workers, Marks marks) {
    this.api = api;
    this.runId = runId;
    this.workers = workers;
    this.marks = marks;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < accountCount; i++) {
      ids.add(runId + "-a" + i);
    }
    this.accounts = List.copyOf(ids);
  }

  List<String> accounts() {
    return accounts;
  }

  /**
   * Opens the accounts and gives each its seed coins, before any fault (every step retried until it
   * succeeds, for at most five minutes).
   */
  void setUp() {
    ObjectNode policy = Json.object();
    policy.put("maxCoinsPerActivity", "8.00");
    policy.put("dailyCapCoins", "1000000000.00");
    policy.put("utcOffset", "+08:00");
    untilDone(() -> api.put("/v1/earning-policy", runId + "-policy", Json.text(policy)), "policy");
    for (String account : accounts) {
      ObjectNode body = Json.object();
      body.put("volunteerId", account);
      untilDone(
          () -> api.post("/v1/volunteers", runId + "-open-" + account, Json.text(body)), account);
    }
    for (String account : accounts) {
      Write seed = earning(account, SEED_COINS);
      writes.add(seed);
      untilDone(
          () -> {
            Answer answer = api.post(seed.path(), seed.key(), seed.body());
            seed.add(answer);
            return answer;
          },
          "seed of " + account);
    }
  }

  /**
   * Runs the workers until the schedule says stop; returns every write sent, setup included. The
   * schedule starts after the set-up, which a network still recovering from the scenario before can
   * make slow.
   */
  List<Write> run(LoadSchedule loadSchedule) throws InterruptedException {
    this.schedule = loadSchedule;
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      Random random = new Random(runId.hashCode() * 31L + w);
      Thread thread = new Thread(() -> work(random), "chaos-worker-" + w);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return new ArrayList<>(writes);
  }

  private void work(Random random) {
    boolean resendNextAmbiguous = true;
    while (!schedule.over(marks, writes)) {
      Write write =
          random.nextInt(10) < 7
              ? earning(accounts.get(random.nextInt(accounts.size())), STEP_COINS)
              : transfer(random);
      writes.add(write);
      Answer answer = send(write);
      if (answer.success() && random.nextInt(10) == 0) {
        send(write);
      } else if (write.outcome() == Write.Outcome.AMBIGUOUS) {
        if (resendNextAmbiguous) {
          resendUntilDefinite(write, answer);
        }
        resendNextAmbiguous = !resendNextAmbiguous;
        pause(answer);
      }
    }
  }

  /**
   * Re-sends at most {@link #MAX_RESENDS} times, so that writes which stay unsettled for long (the
   * API keeps answering 503 OUTCOME_UNKNOWN) do not hold every worker and stop the load.
   */
  private void resendUntilDefinite(Write write, Answer last) {
    Answer answer = last;
    int resends = 0;
    while (answer.ambiguous() && resends++ < MAX_RESENDS && !schedule.over(marks, writes)) {
      pause(answer);
      answer = send(write);
    }
  }

  private Answer send(Write write) {
    Answer answer = api.post(write.path(), write.key(), write.body());
    write.add(answer);
    return answer;
  }

  /**
   * After an answer that says "not now", waits as told (at most 2 s) so a dead API is not hammered.
   */
  private static void pause(Answer answer) {
    long millis = 500;
    if (answer.retryAfter() != null) {
      try {
        millis = Math.min(2000, Long.parseLong(answer.retryAfter().strip()) * 1000);
      } catch (NumberFormatException e) {
        millis = 500;
      }
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Write earning(String account, BigDecimal coins) {
    long n = sequence.incrementAndGet();
    String key = runId + "-w" + n;
    ObjectNode body = Json.object();
    body.put("volunteerId", account);
    body.put("activityId", key);
    body.put("minutes", 30);
    body.put("coins", coins.toPlainString());
    body.put("evidenceHash", Json.sha256Hex(key));
    body.put("category", "chaos");
    return new Write(
        key, "/v1/earnings", Json.text(body), Map.of(account, coins), coins, List.of());
  }

  private Write transfer(Random random) {
    int from = random.nextInt(accounts.size());
    int to = (from + 1 + random.nextInt(accounts.size() - 1)) % accounts.size();
    long n = sequence.incrementAndGet();
    String key = runId + "-w" + n;
    ObjectNode body = Json.object();
    body.put("fromId", accounts.get(from));
    body.put("toId", accounts.get(to));
    body.put("coins", STEP_COINS.toPlainString());
    Map<String, BigDecimal> legs = new LinkedHashMap<>();
    legs.put(accounts.get(from), STEP_COINS.negate());
    legs.put(accounts.get(to), STEP_COINS);
    return new Write(key, "/v1/transfers", Json.text(body), legs, BigDecimal.ZERO, List.of());
  }

  private interface Call {
    Answer call();
  }

  private static void untilDone(Call call, String what) {
    long deadline = System.currentTimeMillis() + 300_000;
    Answer answer = call.call();
    while (!answer.success()) {
      if (answer.status() >= 400 && answer.status() < 500 && !answer.ambiguous()) {
        throw new IllegalStateException(
            "setting up " + what + " was refused (" + answer.status() + "): " + answer.body());
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException(
            "setting up "
                + what
                + " did not succeed within 300 s (last: "
                + answer.statusClass()
                + ")");
      }
      pause(answer);
      answer = call.call();
    }
  }
}
