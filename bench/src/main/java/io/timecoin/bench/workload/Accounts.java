package io.timecoin.bench.workload;

import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Opens the accounts a workload writes to, side by side (different accounts do not conflict). */
final class Accounts {

  private Accounts() {}

  /** Registers {@code count} fresh accounts named for {@code purpose}; returns their ids. */
  static List<String> register(TimeCoinLedger ledger, String runId, String purpose, int count)
      throws InterruptedException, ExecutionException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(Requests.volunteer(runId, purpose, i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(count, 32));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (String id : ids) {
        done.add(pool.submit(() -> ledger.registerVolunteer(Requests.register(runId, id))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return ids;
  }

  /** Credits each account once with {@code coins}, side by side; returns when all committed. */
  static void credit(
      TimeCoinLedger ledger, String runId, String tag, List<String> ids, CoinAmount coins)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(ids.size(), 32));
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        long seq = i;
        done.add(
            pool.submit(() -> ledger.recordEarning(Requests.earning(runId, tag, id, seq, coins))));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
