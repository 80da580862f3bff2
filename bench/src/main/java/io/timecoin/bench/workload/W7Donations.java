package io.timecoin.bench.workload;

import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.client.HeartsLedger;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DonateRequest;
import io.timecoin.model.LaunchProjectRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ProjectProgressView;
import io.timecoin.model.ProjectRequest;
import io.timecoin.model.RecordHeartsRequest;
import io.timecoin.model.SetHeartsPolicyRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * W7: 1,000 donors give hearts to ONE charity project from {@code max(32, top concurrency)} writers
 * through ledger-client. A donation writes its own row and reads only the project key, so unlike
 * W3's hot account nothing should conflict: compared with W1 of the same run (targets: no failed
 * donation, at least 0.8 x W1's tx/s, p99 at most 2 x W1's at the same concurrency).
 *
 * <p>Then the progress query ({@code GetProjectProgress}) on a project of 100 donations and on the
 * big one once it holds {@code --w7-rows} donations (topped up if W7 wrote fewer), after progress
 * checkpoints have covered its final rows (target: p99 at most 2 x the p99 at 100). Rows become
 * final three timestamp windows after they were written, so the bench waits that long (with the
 * default window of 5 minutes, 15; run the network with {@code TIMECOIN_TIMESTAMP_WINDOW=PT20S} to
 * wait one minute).
 */
final class W7Donations implements Workload {

  static final int DONORS = 1_000;
  static final int MIN_WRITERS = 32;
  private static final int SMALL_ROWS = 100;
  private static final int READERS = 4;
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(16);
  private static final String DESCRIPTION =
      "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

  @Override
  public String id() {
    return "W7";
  }

  @Override
  public String title() {
    return "donations from 1,000 donors to one project, ledger-client";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    BenchSettings s = context.settings();
    HeartsLedger hearts = HeartsLedger.over(context.platform());
    hearts.setHeartsPolicy(
        new SetHeartsPolicyRequest(
            s.runId() + "-w7-policy", 1_000_000L, CoinAmount.ZERO, CoinAmount.ZERO, "+08:00"));
    context.say("W7: opening " + DONORS + " donors and crediting their hearts");
    List<String> donors = Accounts.register(context.platform(), s.runId(), "w7", DONORS);
    parallel(
        donors.size(),
        i ->
            hearts.recordHearts(
                new RecordHeartsRequest(
                    s.runId() + "-w7-h" + i,
                    donors.get(i),
                    "w7-task",
                    1_000_000L,
                    "bench",
                    DESCRIPTION)));
    String big = launch(hearts, s.runId() + "-w7");
    String small = launch(hearts, s.runId() + "-w7small");

    int writers = Math.max(MIN_WRITERS, s.maxConcurrency());
    long retriesBefore = context.retries();
    Measurement donations =
        donate(context, hearts, donors, big, writers, s.measureFor(), Long.MAX_VALUE, "d");
    donations = donations.withExtra("retries", context.retries() - retriesBefore);

    context.say("W7: " + SMALL_ROWS + " donations to the small project");
    parallel(
        SMALL_ROWS,
        i -> hearts.donate(new DonateRequest(s.runId() + "-w7s" + i, small, donors.get(i), 1L)));
    Measurement atSmall = progress(context, hearts, small, "W7 progress@" + SMALL_ROWS);

    long rows = hearts.getProjectProgress(big).donations();
    if (rows < s.progressRows()) {
      context.say("W7: topping the project up to " + s.progressRows() + " donations");
      donate(
          context, hearts, donors, big, writers, Duration.ofDays(1), s.progressRows() - rows, "t");
      rows = hearts.getProjectProgress(big).donations();
    }
    Map<String, Double> figures = new LinkedHashMap<>();
    List<String> notes = new ArrayList<>();
    Duration finality = finality();
    notes.add(
        "writers "
            + writers
            + ", donor of worker w: every donor i with i mod "
            + writers
            + " = w in turn (one donation of a donor in flight at a time), 1 heart each");
    if (finality.compareTo(LONGEST_WAIT) <= 0) {
      context.say("W7: waiting " + finality.toSeconds() + " s until the rows are final");
      Thread.sleep(finality.toMillis());
      long covered = 0;
      long before;
      do {
        before = covered;
        ProjectProgressView cp =
            hearts
                .checkpointProgress(
                    new ProjectRequest(s.runId() + "-w7cp" + System.nanoTime(), big))
                .value();
        covered = cp.donations();
      } while (covered > before);
      figures.put("checkpointed rows", (double) covered);
    } else {
      notes.add("timestamp window too wide to wait for final rows: no checkpoint taken");
    }
    Measurement atLarge = progress(context, hearts, big, "W7 progress@" + rows);
    ProjectProgressView last = hearts.getProjectProgress(big);
    figures.put("rows", (double) rows);
    figures.put("rows read beyond the checkpoint", (double) last.rowsRead());
    notes.add("progress queries: " + READERS + " readers, GetProjectProgress, evaluated");
    return new WorkloadResult(
        id(), title(), "", List.of(donations, atSmall, atLarge), figures, notes);
  }

  private static String launch(HeartsLedger hearts, String projectId) {
    hearts.launchProject(
        new LaunchProjectRequest(
            projectId + "-launch",
            projectId,
            1_000_000_000L,
            Instant.now().plus(Duration.ofDays(2)).toString(),
            DESCRIPTION,
            "bench-sponsor",
            MoneyAmount.parse("1000.00"),
            "CNY",
            null,
            null));
    return projectId;
  }

  /** Worker w gives in turn for every donor i with i mod writers = w: never two at once. */
  private static Measurement donate(
      BenchContext context,
      HeartsLedger hearts,
      List<String> donors,
      String project,
      int writers,
      Duration duration,
      long max,
      String tag)
      throws InterruptedException {
    String runId = context.settings().runId();
    AtomicLongArray turns = new AtomicLongArray(writers);
    return context
        .closedLoop()
        .run(
            "W7",
            writers,
            duration,
            max,
            (worker, seq) -> {
              int own = (DONORS - worker + writers - 1) / writers;
              long turn = turns.getAndIncrement(worker);
              String donor = donors.get(worker + writers * (int) (turn % own));
              hearts.donate(new DonateRequest(runId + "-w7" + tag + seq, project, donor, 1L));
            });
  }

  private static Measurement progress(
      BenchContext context, HeartsLedger hearts, String project, String label)
      throws InterruptedException {
    Duration measure = context.settings().measureFor();
    return context
        .closedLoop()
        .run(
            label,
            READERS,
            measure,
            Long.MAX_VALUE,
            (w, seq) -> hearts.getProjectProgress(project));
  }

  /** Three timestamp windows: after that no endorser accepts a write dated before them. */
  private static Duration finality() {
    String window = System.getenv().getOrDefault("TIMECOIN_TIMESTAMP_WINDOW", "");
    Duration width = window.isBlank() ? Duration.ofMinutes(5) : Duration.parse(window);
    return width.multipliedBy(3).plusSeconds(5);
  }

  @FunctionalInterface
  private interface Step {
    void run(int i) throws Exception;
  }

  private static void parallel(int count, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        done.add(
            pool.submit(
                () -> {
                  step.run(n);
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
