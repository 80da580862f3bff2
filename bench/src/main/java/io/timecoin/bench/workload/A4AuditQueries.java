package io.timecoin.bench.workload;

import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.auditstore.query.AuditQueries;
import io.timecoin.auditstore.query.QueryDatabase;
import io.timecoin.bench.load.Measurement;
import io.timecoin.bench.load.OutcomeRecorder;
import io.timecoin.bench.report.WorkloadResult;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A4: the auditor's queries ({@link AuditQueries}, as the auditor's API serves them) at the size of
 * A1's ledger: each kind run {@code --audit-query-runs} times one after the other with parameters
 * varied by {@link AuditQueryMix}, after a tenth as many warm-up runs, and timed from the call to
 * the answer (one REPEATABLE READ transaction with the checkpoint, on a pool set up as the API's).
 * Issue 14's target: p99 at most 100 ms. Against A2's fresh projection of the whole chain, else the
 * network's own.
 */
final class A4AuditQueries implements Workload {

  static final int PAGE = 50;

  /** The query pool's name, also its connections' application name in pg_stat_activity. */
  private static final String APPLICATION = "timecoin-bench-queries";

  /** Connections of the query pool: as many as the auditor's API opens (api's AuditStore). */
  private static final int API_POOL = 4;

  private static final long SEED = 14;

  /** One query kind: its name and one run with fresh parameters. */
  private record Kind(String name, QueryRun run) {}

  @FunctionalInterface
  private interface QueryRun {
    void once(AuditQueries queries, AuditQueryMix mix);
  }

  private static final List<Kind> KINDS =
      List.of(
          new Kind(
              "entries by verifier + time range",
              (q, m) -> q.entries(m.byVerifierAndTime(), null, PAGE)),
          new Kind(
              "entries by verifier, 5th page",
              (q, m) -> {
                var filter = m.byVerifierAndTime();
                String cursor = null;
                for (int page = 0; page < 5; page++) {
                  cursor = q.entries(filter, cursor, PAGE).value().nextCursor();
                  if (cursor == null) {
                    return;
                  }
                }
              }),
          new Kind("entries by category (EARN)", (q, m) -> q.entries(m.byCategory(), null, PAGE)),
          new Kind("entries by amount range", (q, m) -> q.entries(m.byAmount(), null, PAGE)),
          new Kind(
              "minted per verifier per day",
              (q, m) -> {
                ZoneOffset offset = m.offset();
                LocalDate[] days = m.mintDays(offset);
                q.mintedPerVerifierPerDay(days[0], days[1], offset);
              }),
          new Kind(
              "reversals in a time range",
              (q, m) -> {
                Instant[] w = m.reversalWindow();
                q.reversals(w[0], w[1], null, PAGE);
              }),
          new Kind(
              "vouchers by status",
              (q, m) -> q.vouchers(m.voucherStatus(), Instant.now(), null, PAGE)),
          new Kind(
              "claims by status / decision",
              (q, m) -> q.claims(m.claimStatus(), m.claimDecision(), null, PAGE)),
          new Kind("account history", (q, m) -> q.accountHistory(m.volunteer(), null, PAGE)));

  @Override
  public String id() {
    return "A4";
  }

  @Override
  public String title() {
    return "the auditor's queries at the ledger's size, p50 / p99";
  }

  @Override
  public WorkloadResult run(BenchContext context) throws Exception {
    int runs = context.settings().audit().queryRuns();
    int warmUp = Math.max(1, runs / 10);
    AuditDbConfig database = context.auditProjection();
    List<Measurement> measurements = new ArrayList<>();
    Map<String, Double> figures = new TreeMap<>();
    // The set-up (statistics, sizes, parameters, backends) on a pool of its own; the timed
    // queries on the auditor API's own pool settings (QueryDatabase: read-only, statement
    // timeout, API_POOL connections), so only those backends answer them.
    try (AuditDatabase db = AuditDatabase.open(database, "timecoin-bench-setup", 2);
        QueryDatabase api =
            QueryDatabase.open(
                database.jdbcUrl(), database.user(), database.password(), APPLICATION, API_POOL)) {
      Jdbi jdbi = db.jdbi();
      // Fresh statistics, as an auditor's database that has been running a while has them.
      jdbi.useHandle(h -> h.execute("ANALYZE"));
      figures.putAll(sizes(jdbi));
      AuditQueryMix.Domain domain = jdbi.withHandle(A4AuditQueries::domain);
      AuditQueries queries = api.queries();
      for (Kind kind : KINDS) {
        AuditQueryMix mix = new AuditQueryMix(domain, SEED + kind.name().hashCode());
        for (int i = 0; i < warmUp; i++) {
          kind.run().once(queries, mix);
        }
        List<Long> backends = backendPids(jdbi);
        List<QuerySplit> splits = new ArrayList<>();
        OutcomeRecorder recorder = new OutcomeRecorder();
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
          // The scheduler and GC figures are read outside the timed span, so reading them costs
          // the measured query nothing.
          Optional<SchedStat> client0 = SchedStat.currentThread();
          Optional<SchedStat> db0 = SchedStat.processes(backends);
          long gc0 = gcNanos();
          long begin = System.nanoTime();
          try {
            kind.run().once(queries, mix);
            long wall = System.nanoTime() - begin;
            recorder.recordSuccess(wall);
            long gc = gcNanos() - gc0;
            Optional<SchedStat> client1 = SchedStat.currentThread();
            Optional<SchedStat> db1 = SchedStat.processes(backends);
            if (client0.isPresent() && client1.isPresent() && db0.isPresent() && db1.isPresent()) {
              splits.add(
                  new QuerySplit(
                      wall, client1.get().minus(client0.get()), db1.get().minus(db0.get()), gc));
            }
          } catch (RuntimeException e) {
            recorder.recordFailure(e);
          }
        }
        Measurement m =
            Measurement.of(
                "A4 " + kind.name(), "sequential x" + runs, System.nanoTime() - started, recorder);
        if (!backends.isEmpty() && splits.size() == m.successes()) {
          for (Map.Entry<String, Double> part : QuerySplit.figures(splits).entrySet()) {
            m = m.withExtra(part.getKey(), part.getValue());
          }
        }
        measurements.add(m);
        context.say(
            String.format(
                Locale.ROOT,
                "  A4 %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                kind.name(),
                m.p50Millis(),
                m.p99Millis(),
                m.maxMillis()));
      }
    }
    return new WorkloadResult(
        id(),
        title(),
        "",
        measurements,
        figures,
        List.of(
            "each kind: "
                + warmUp
                + " warm-up runs, then "
                + runs
                + " timed runs one after the other, pages of "
                + PAGE
                + "; tx/s here is queries per second",
            "parameters: a random verifier and a tenth of the ledger's time span; a random"
                + " category; sizes from 0.01-7.00 up to 3.00 more; days at UTC, +08:00 or -05:00"
                + " over up to 10 days; every voucher status and claim status / decision and"
                + " none; a random one of 1,000 accounts",
            "the 5th page follows the cursors of pages 1-4 (five queries, timed together)",
            "the query client: the auditor API's own code path (AuditQueries over JDBI and the"
                + " API's pool settings, QueryDatabase: read-only, statement timeout, "
                + API_POOL
                + " connections; each answer one REPEATABLE READ transaction with the"
                + " checkpoint) called in process through JDBC, without HTTP or JSON",
            "tail: the runs at or above each kind's p99 and the mean of where their time went,"
                + " from Linux's scheduler statistics (/proc/.../schedstat) of the query thread"
                + " (client cpu: running; client wait: runnable, waiting for a core) and of the"
                + " PostgreSQL backends answering it (db cpu, db wait), and the JVM's GC time;"
                + " the rest of tail ms is neither side running nor queued (loopback round"
                + " trips, I/O); db slices: the mean times per run the backends were put on a"
                + " core, about the round trips of one answer, each a chance to wait for a core"));
  }

  /** The PostgreSQL backends of the bench's query pool (its application name), by OS pid. */
  private static List<Long> backendPids(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT pid FROM pg_stat_activity WHERE application_name = :app")
                .bind("app", APPLICATION)
                .mapTo(Long.class)
                .list());
  }

  /** Garbage collection time of this JVM so far, all collectors (millisecond resolution). */
  private static long gcNanos() {
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, gc.getCollectionTime());
    }
    return millis * 1_000_000;
  }

  private static Map<String, Double> sizes(Jdbi jdbi) {
    Map<String, Double> sizes = new LinkedHashMap<>();
    jdbi.useHandle(
        h -> {
          for (String table :
              List.of("transactions", "accounts", "entries", "vouchers", "claims", "requests")) {
            // Table names from the constant list above, never from input.
            sizes.put(
                "rows " + table,
                (double) h.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one());
          }
          sizes.put(
              "projection checkpoint",
              (double)
                  h.createQuery("SELECT block_number FROM projection_checkpoint WHERE id = 1")
                      .mapTo(Long.class)
                      .one());
        });
    return sizes;
  }

  private static AuditQueryMix.Domain domain(Handle h) {
    List<String> verifiers =
        h.createQuery("SELECT DISTINCT verifier FROM entries WHERE verifier IS NOT NULL")
            .mapTo(String.class)
            .list();
    List<String> categories =
        h.createQuery("SELECT DISTINCT category FROM entries WHERE category IS NOT NULL")
            .mapTo(String.class)
            .list();
    List<String> volunteers =
        h.createQuery("SELECT volunteer_id FROM accounts ORDER BY md5(volunteer_id) LIMIT 1000")
            .mapTo(String.class)
            .list();
    Instant first =
        h.createQuery("SELECT min(recorded_at) FROM entries").mapTo(Instant.class).one();
    Instant last = h.createQuery("SELECT max(recorded_at) FROM entries").mapTo(Instant.class).one();
    return new AuditQueryMix.Domain(verifiers, categories, volunteers, first, last);
  }
}
