package io.timecoin.auditstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.timecoin.auditstore.block.GatewayBlockSource;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.projection.Projector;
import io.timecoin.auditstore.query.AuditQueries;
import io.timecoin.auditstore.query.EntryFilter;
import io.timecoin.auditstore.query.EntryRow;
import io.timecoin.auditstore.query.Page;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.EntryType;
import io.timecoin.model.VoucherStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * Measures projection speed and query latency at 100,000 entries on the real PostgreSQL server
 * (blocks from {@link SyntheticLedger}). Runs only with {@code -Dtimecoin.audit.measure=true}; it
 * asserts the row counts, and writes its figures to {@code target/audit-store-measure.md}.
 */
class MeasureIT {

  private static final int BLOCKS = Integer.getInteger("timecoin.audit.measure.blocks", 1000);
  private static final int TX_PER_BLOCK = 100;
  private static final int RUNS = 200;

  @Test
  void catch_up_speed_from_the_real_network() throws IOException {
    assumeTrue(Boolean.getBoolean("timecoin.audit.measure"), "measurement not asked for");
    try (TimeCoinLedger platform = TimeCoinLedger.connect(ItEnvironment.client("platform"));
        GatewayBlockSource blocks = GatewayBlockSource.connect(ItEnvironment.client("auditor"));
        AuditDatabase db =
            AuditDatabase.open(ItEnvironment.freshDatabase("measure_net"), "measure", 4)) {
      long written = System.nanoTime();
      LedgerWorkload.backlog(platform, 100, 3000, 32);
      double writeSeconds = (System.nanoTime() - written) / 1e9;
      long last = blocks.height() - 1;
      long began = System.nanoTime();
      new Projector(db.jdbi(), blocks, "timecoin", 200).projectThrough(last);
      double seconds = (System.nanoTime() - began) / 1e9;
      long txs =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT count(*) FROM transactions").mapTo(Long.class).one());
      Files.writeString(
          Path.of("target", "audit-store-measure-network.md"),
          String.format(
              Locale.ROOT,
              "written: 3000 earnings in %.1f s (%.1f tx/s through ledger-client, 32 writers)%n"
                  + "catch-up from block 0: %d blocks, %d transactions in %.1f s: %.0f blocks/s,"
                  + " %.0f tx/s%n",
              writeSeconds,
              3000 / writeSeconds,
              last + 1,
              txs,
              seconds,
              (last + 1) / seconds,
              txs / seconds));
    }
  }

  @Test
  void projection_speed_and_query_latency_at_100k_entries() throws IOException {
    assumeTrue(Boolean.getBoolean("timecoin.audit.measure"), "measurement not asked for");
    Instant start = Instant.parse("2026-10-01T00:00:00Z");
    try (AuditDatabase db =
            AuditDatabase.open(ItEnvironment.freshDatabase("measure"), "measure", 4);
        SyntheticLedger ledger = new SyntheticLedger(BLOCKS, TX_PER_BLOCK, 5000, start, 42)) {
      long began = System.nanoTime();
      new Projector(db.jdbi(), ledger, "timecoin", 200).projectThrough(BLOCKS - 1);
      double seconds = (System.nanoTime() - began) / 1e9;
      long entries =
          db.jdbi()
              .withHandle(
                  h -> h.createQuery("SELECT count(*) FROM entries").mapTo(Long.class).one());
      assertThat(entries).isEqualTo((long) BLOCKS * TX_PER_BLOCK);
      db.jdbi().useHandle(h -> h.execute("VACUUM ANALYZE"));

      AuditQueries queries = new AuditQueries(db.jdbi());
      Random random = new Random(7);
      Map<String, IntConsumer> cases = new LinkedHashMap<>();
      cases.put(
          "entries by verifier, one page of 50",
          i ->
              queries.entries(
                  new EntryFilter(
                      "branch-" + random.nextInt(SyntheticLedger.VERIFIERS),
                      null,
                      null,
                      null,
                      null,
                      null,
                      null),
                  null,
                  50));
      cases.put(
          "entries by verifier, 5th page of 50 (cursor)",
          i -> {
            EntryFilter filter =
                new EntryFilter(
                    "branch-" + random.nextInt(SyntheticLedger.VERIFIERS),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
            String cursor = null;
            for (int p = 0; p < 5; p++) {
              Page<EntryRow> page = queries.entries(filter, cursor, 50).value();
              cursor = page.nextCursor();
            }
          });
      cases.put(
          "entries by category + type + 3-day range + amount >= 5.00",
          i -> {
            Instant from = start.plus(Duration.ofDays(random.nextInt(27)));
            queries.entries(
                new EntryFilter(
                    null,
                    SyntheticLedger.CATEGORIES[random.nextInt(SyntheticLedger.CATEGORIES.length)],
                    EntryType.EARN,
                    from,
                    from.plus(Duration.ofDays(3)),
                    500L,
                    null),
                null,
                50);
          });
      cases.put(
          "minted per verifier per day, 7 days",
          i -> {
            LocalDate from = LocalDate.of(2026, 10, 1).plusDays(random.nextInt(23));
            queries.mintedPerVerifierPerDay(from, from.plusDays(6), ZoneOffset.ofHours(8));
          });
      cases.put(
          "account history, first page of 50",
          i -> queries.accountHistory("syn-" + random.nextInt(5000), null, 50));
      cases.put("reversals, a page of 50", i -> queries.reversals(null, null, null, 50));
      cases.put(
          "vouchers by status, a page of 50",
          i -> queries.vouchers(VoucherStatus.ACTIVE, Instant.now(), null, 50));
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              Locale.ROOT,
              "projection: %d blocks x %d earnings = %d entries in %.1f s: %.0f blocks/s,"
                  + " %.0f tx/s (batch 200 blocks)%n%n| query | p50 ms | p99 ms |%n|---|---:|---:|%n",
              BLOCKS,
              TX_PER_BLOCK,
              entries,
              seconds,
              BLOCKS / seconds,
              entries / seconds));
      for (Map.Entry<String, IntConsumer> c : cases.entrySet()) {
        for (int i = 0; i < 20; i++) {
          c.getValue().accept(i); // warm-up
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
          long t = System.nanoTime();
          c.getValue().accept(i);
          nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        report.append(
            String.format(
                Locale.ROOT,
                "| %s | %.1f | %.1f |%n",
                c.getKey(),
                nanos[RUNS / 2] / 1e6,
                nanos[(int) Math.ceil(RUNS * 0.99) - 1] / 1e6));
      }
      Files.writeString(Path.of("target", "audit-store-measure.md"), report.toString());
    }
  }
}
