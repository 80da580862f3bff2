package io.timecoin.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Reads the ledger state the invariants need, through the API (reads go to a peer, unordered). */
final class LedgerReader {

  private static final int PAGE_SIZE = 200;

  private final ApiClient api;
  private final String callerId;

  LedgerReader(ApiClient api, String callerId) {
    this.api = api;
    this.callerId = callerId;
  }

  /**
   * Waits (at most {@code maxMillis}) until no write of the load is PENDING in the API any more, so
   * a write still in flight is not taken for one that never committed.
   */
  void awaitQuiescence(List<Write> writes, long maxMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + maxMillis;
    List<Write> open = new ArrayList<>();
    for (Write write : writes) {
      if (write.outcome() == Write.Outcome.AMBIGUOUS) {
        open.add(write);
      }
    }
    while (!open.isEmpty() && System.currentTimeMillis() < deadline) {
      open.removeIf(write -> !"PENDING".equals(request(write.key()).status()));
      if (!open.isEmpty()) {
        Thread.sleep(1000);
      }
    }
  }

  LedgerState read(List<String> accounts, List<Write> writes) throws InterruptedException {
    Map<String, LedgerState.Account> states = new ConcurrentHashMap<>();
    Map<String, LedgerState.Request> requests = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String account : accounts) {
        done.add(pool.submit(() -> states.put(account, account(account))));
      }
      for (Write write : writes) {
        done.add(pool.submit(() -> requests.put(write.key(), request(write.key()))));
      }
      for (Future<?> future : done) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          throw new IllegalStateException(
              "reading the ledger failed: " + e.getCause().getMessage(), e.getCause());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new LedgerState(Map.copyOf(states), Map.copyOf(requests));
  }

  private LedgerState.Account account(String id) {
    JsonNode account = readOk("/v1/volunteers/" + id + "/account");
    List<LedgerState.Entry> entries = new ArrayList<>();
    String cursor = null;
    while (true) {
      String path =
          "/v1/volunteers/"
              + id
              + "/entries?pageSize="
              + PAGE_SIZE
              + (cursor == null
                  ? ""
                  : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      JsonNode page = readOk(path);
      for (JsonNode e : page.path("entries")) {
        entries.add(
            new LedgerState.Entry(
                e.path("sequence").asLong(),
                e.path("type").asText(),
                e.path("requestId").asText(),
                new BigDecimal(e.path("amount").asText()),
                new BigDecimal(e.path("balanceAfter").asText())));
      }
      String next = page.path("bookmark").asText("");
      if (page.path("entries").isEmpty() || next.isEmpty() || next.equals(cursor)) {
        break;
      }
      cursor = next;
    }
    entries.sort(Comparator.comparingLong(LedgerState.Entry::sequence));
    return new LedgerState.Account(
        new BigDecimal(account.path("balance").asText()),
        account.path("entryCount").asLong(),
        entries);
  }

  private LedgerState.Request request(String key) {
    Answer answer = retried("/v1/requests/" + callerId + "." + key);
    if (answer.status() == 404) {
      return new LedgerState.Request("NOT_FOUND", null);
    }
    if (answer.status() != 200) {
      return new LedgerState.Request("UNREADABLE(" + answer.statusClass() + ")", null);
    }
    JsonNode body = Json.parse(answer.body());
    return new LedgerState.Request(body.path("status").asText(), body.path("txId").asText(null));
  }

  private JsonNode readOk(String path) {
    Answer answer = retried(path);
    if (answer.status() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + answer.statusClass());
    }
    return Json.parse(answer.body());
  }

  /**
   * A read, re-tried for a minute while the network still settles (5xx, timeouts) or the API asks
   * to slow down (429).
   */
  private Answer retried(String path) {
    long deadline = System.currentTimeMillis() + 60_000;
    Answer answer = api.get(path);
    while ((answer.ambiguous() || answer.status() == 429)
        && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return answer;
      }
      answer = api.get(path);
    }
    return answer;
  }
}
