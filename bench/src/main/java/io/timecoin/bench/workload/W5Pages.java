package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.client.LedgerRejectedException;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.EntryPage;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.ListEntriesRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * W5: one page of 50 entries (the latest 50, what an app shows first) from accounts with few and
 * with many entries, to show that a page costs the same however long the history.
 *
 * <p>Seeding is the slow part: every write to an account reads and updates its balance, so one
 * block commits at most one write per account and concurrent writers to it only add conflicts. The
 * fastest honest way is one sequential writer per account (all accounts side by side), which runs
 * at about one write per block, i.e. one per BatchTimeout. The accounts have fixed names ({@code
 * bench-w5-<size>}), so a network kept between runs ({@code --run-dir}) is seeded once and only
 * topped up later.
 */
final class W5Pages implements Workload {

  static final int PAGE = 50;

  @Override
  public String id() {
    return "W5";
  }

  @Override
  public String title() {
    return "one page of 50 entries vs history length, ledger-client";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    TimeCoinLedger ledger = context.platform();
    ledger.setEarningPolicy(Requests.benchPolicy(s.runId()));
    Map<String, Double> figures = new TreeMap<>();
    List<CompletableFuture<Void>> seeding = new ArrayList<>();
    long started = System.nanoTime();
    long[] written = new long[s.pageSizes().size()];
    for (int i = 0; i < s.pageSizes().size(); i++) {
      int index = i;
      int size = s.pageSizes().get(i);
      seeding.add(
          CompletableFuture.runAsync(
              () -> written[index] = seed(context, "bench-w5-" + size, size)));
    }
    CompletableFuture.allOf(seeding.toArray(CompletableFuture[]::new)).join();
    double seedSeconds = (System.nanoTime() - started) / 1e9;
    long largest = written[written.length - 1];
    figures.put("seedSeconds", round(seedSeconds));
    figures.put("seededEntries", (double) Arrays.stream(written).sum());
    if (largest > 0) {
      figures.put("seedRateOneAccountPerSecond", round(largest / seedSeconds));
    }
    List<Measurement> results = new ArrayList<>();
    for (int size : s.pageSizes()) {
      String account = "bench-w5-" + size;
      ListEntriesRequest latest =
          new ListEntriesRequest(
              account, (long) Math.max(1, size - PAGE + 1), null, null, PAGE, "");
      EntryPage check = ledger.listEntries(latest);
      if (check.entries().size() != Math.min(PAGE, size)) {
        throw new IllegalStateException(
            "a page of " + account + " held " + check.entries().size() + " entries");
      }
      // Warm-up, so the first size measured does not pay for cold caches and JIT the other does
      // not.
      for (int i = 0; i < 20; i++) {
        ledger.listEntries(latest);
      }
      results.add(
          context
              .closedLoop()
              .run(
                  String.format(Locale.ROOT, "W5 %d entries", size),
                  4,
                  s.measureFor(),
                  Long.MAX_VALUE,
                  (worker, seq) -> ledger.listEntries(latest)));
    }
    return new WorkloadResult(
        id(),
        title(),
        "",
        results,
        figures,
        List.of(
            "page = the latest 50 entries by sequence; closed loop c=4 after 20 warm-up reads",
            "sizes " + s.pageSizes() + "; the full-run target is 100 and 10000"));
  }

  /** Brings {@code account} up to {@code size} entries; returns how many it wrote. */
  private static long seed(BenchContext context, String account, int size) {
    TimeCoinLedger ledger = context.platform();
    BenchSettings s = context.settings();
    long have;
    try {
      have = ledger.getAccount(account).entryCount();
    } catch (LedgerRejectedException e) {
      if (e.code() != ErrorCode.VOLUNTEER_NOT_FOUND) {
        throw e;
      }
      ledger.registerVolunteer(Requests.register(s.runId(), account));
      have = ledger.getAccount(account).entryCount();
    }
    long start = System.nanoTime();
    long last = start;
    for (long n = have; n < size; n++) {
      ledger.recordEarning(Requests.earning(s.runId(), account, account, n));
      if (System.nanoTime() - last > 5_000_000_000L) {
        last = System.nanoTime();
        context.say(
            String.format(
                Locale.ROOT,
                "  [W5 seeding %s] %d/%d entries, %.1f/s",
                account,
                n + 1,
                size,
                (n + 1 - have) / ((last - start) / 1e9)));
      }
    }
    return Math.max(0, size - have);
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
