package io.timecoin.bench.workload;

import io.timecoin.client.TimeCoinLedger;
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
}
