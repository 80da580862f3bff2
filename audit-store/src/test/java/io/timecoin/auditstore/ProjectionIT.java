package io.timecoin.auditstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.auditstore.block.GatewayBlockSource;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.auditstore.projection.Projector;
import io.timecoin.auditstore.query.Answer;
import io.timecoin.auditstore.query.AuditQueries;
import io.timecoin.auditstore.query.AuditQueryException;
import io.timecoin.auditstore.query.ClaimRow;
import io.timecoin.auditstore.query.DailyMint;
import io.timecoin.auditstore.query.EntryExport;
import io.timecoin.auditstore.query.EntryFilter;
import io.timecoin.auditstore.query.EntryRow;
import io.timecoin.auditstore.query.Page;
import io.timecoin.auditstore.query.VoucherRow;
import io.timecoin.auditstore.reconcile.Difference;
import io.timecoin.auditstore.reconcile.PeerChaincodeState;
import io.timecoin.auditstore.reconcile.ReconcileReport;
import io.timecoin.auditstore.reconcile.Reconciler;
import io.timecoin.client.Committed;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.VoucherStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Against the real network and the auditor's real PostgreSQL: a workload of every kind of write is
 * projected from the auditor's peer, the projection equals what the peer answers, reconciliation
 * agrees (and names the account and entry of a difference made in the database), and the auditor's
 * queries find what was written, each answer current to the projected block.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionIT {

  private static TimeCoinLedger platform;
  private static TimeCoinLedger insurer;
  private static TimeCoinLedger auditor;
  private static GatewayBlockSource blocks;
  private static AuditDbConfig database;
  private static AuditDatabase db;
  private static LedgerWorkload.Written written;
  private static long projectedThrough;

  @BeforeAll
  static void projectAWorkload() {
    platform = TimeCoinLedger.connect(ItEnvironment.client("platform"));
    insurer = TimeCoinLedger.connect(ItEnvironment.client("insurer"));
    auditor = TimeCoinLedger.connect(ItEnvironment.client("auditor"));
    blocks = GatewayBlockSource.connect(ItEnvironment.client("auditor"));
    database = ItEnvironment.freshDatabase("projection_it");
    db = AuditDatabase.open(database, "projection-it", 4);
    written = LedgerWorkload.run(platform, insurer);
    long contended = LedgerWorkload.contendedEarnings(platform, 12);
    projectedThrough = waitForAuditorPeer(Math.max(written.lastBlock(), contended));
    new Projector(db.jdbi(), blocks, "timecoin", 50).projectThrough(projectedThrough);
  }

  @AfterAll
  static void close() {
    for (AutoCloseable c : new AutoCloseable[] {db, blocks, platform, insurer, auditor}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        // closing what a failed set-up left open; the failure itself is reported
      }
    }
  }

  @Test
  @Order(1)
  void the_projection_equals_what_the_auditors_peer_answers() {
    ProjectionMatchesLedger.check(db.jdbi(), auditor, projectedThrough);
  }

  @Test
  @Order(2)
  void invalid_transactions_are_recorded_but_contribute_no_rows() {
    long invalid =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT count(*) FROM transactions WHERE chaincode = 'timecoin'"
                                + " AND validation_code <> 'VALID'")
                        .mapTo(Long.class)
                        .one());
    // 12 writers on one account in the same blocks: Fabric invalidated the losers' first attempts.
    assertThat(invalid).isPositive();
    long rowsFromInvalid =
        db.jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            """
                            SELECT count(*) FROM entries e JOIN transactions t
                              ON t.block_number = e.block_number AND t.tx_index = e.tx_index
                            WHERE t.validation_code <> 'VALID'
                            """)
                        .mapTo(Long.class)
                        .one());
    assertThat(rowsFromInvalid).isZero();
  }

  @Test
  @Order(3)
  void reconciliation_agrees_with_the_peer() {
    ReconcileReport report = reconcile();
    assertThat(report.differences()).isEmpty();
    assertThat(report.currentToBlock()).isEqualTo(projectedThrough);
    assertThat(report.supply().balancesUnits()).isEqualTo(report.supply().expectedBalancesUnits());
    assertThat(report.supply().burnedForVouchersUnits()).isGreaterThanOrEqualTo(400);
  }

  @Test
  @Order(4)
  void a_changed_entry_in_the_database_is_named_with_its_account() throws Exception {
    EntryView target = written.earnings().get(2).value(); // the second volunteer's first earning
    db.jdbi()
        .useHandle(
            h ->
                h.createUpdate("UPDATE entries SET amount = amount + 1 WHERE entry_id = :id")
                    .bind("id", target.entryId())
                    .execute());
    try {
      List<Difference> differences = reconcile().differences();
      assertThat(differences)
          .filteredOn(d -> d.kind().equals("BALANCE_AFTER"))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.subject()).isEqualTo(target.volunteerId());
                assertThat(d.firstEntryId()).isEqualTo(target.entryId());
              });
      assertThat(differences).extracting(Difference::kind).contains("SUPPLY");
      CliRun cli = reconcileWithTheCli();
      assertThat(cli.exitCode()).isEqualTo(1);
      assertThat(cli.output())
          .contains("BALANCE_AFTER " + target.volunteerId() + " at entry " + target.entryId());
    } finally {
      db.jdbi()
          .useHandle(
              h ->
                  h.createUpdate("UPDATE entries SET amount = amount - 1 WHERE entry_id = :id")
                      .bind("id", target.entryId())
                      .execute());
    }
    assertThat(reconcile().differences()).isEmpty();
    CliRun cli = reconcileWithTheCli();
    assertThat(cli.exitCode()).isZero();
    assertThat(cli.output()).contains("reconciled at block " + projectedThrough, "all agrees");
  }

  record CliRun(int exitCode, String output) {}

  /** {@code java -jar timecoin-audit-store.jar reconcile} against this test's database. */
  private static CliRun reconcileWithTheCli() throws Exception {
    Path settings =
        ItEnvironment.settingsFile(database, Files.createTempDirectory("reconcile-cli"));
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-jar",
                System.getProperty("timecoin.it.cliJar", "target/timecoin-audit-store.jar"),
                "reconcile",
                "--db",
                settings.toString(),
                "--client",
                ItEnvironment.clientFile("auditor").toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new CliRun(process.exitValue(), output);
  }

  @Test
  @Order(5)
  void a_balance_that_differs_from_the_peer_names_the_account() {
    String volunteer = written.volunteers().get(0);
    db.jdbi()
        .useHandle(
            h ->
                h.createUpdate(
                        "UPDATE accounts SET balance = balance + 100, total_earned = total_earned"
                            + " + 100 WHERE volunteer_id = :id")
                    .bind("id", volunteer)
                    .execute());
    try {
      assertThat(reconcile().differences())
          .filteredOn(d -> d.kind().equals("ACCOUNT_VS_PEER"))
          .singleElement()
          .satisfies(d -> assertThat(d.subject()).isEqualTo(volunteer));
    } finally {
      db.jdbi()
          .useHandle(
              h ->
                  h.createUpdate(
                          "UPDATE accounts SET balance = balance - 100, total_earned ="
                              + " total_earned - 100 WHERE volunteer_id = :id")
                      .bind("id", volunteer)
                      .execute());
    }
  }

  @Test
  @Order(6)
  void entries_by_verifier_are_paged_with_a_cursor_and_say_their_block() {
    AuditQueries queries = new AuditQueries(db.jdbi());
    EntryFilter byVerifier =
        new EntryFilter(written.verifier(), null, null, null, null, null, null);
    List<EntryRow> all = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      Answer<Page<EntryRow>> answer = queries.entries(byVerifier, cursor, 4);
      assertThat(answer.currentToBlock()).isEqualTo(projectedThrough);
      all.addAll(answer.value().items());
      cursor = answer.value().nextCursor();
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(2);
    assertThat(all)
        .extracting(EntryRow::entryId)
        .containsExactlyInAnyOrderElementsOf(
            written.earnings().stream().map(c -> c.value().entryId()).toList());
    for (Committed<EntryView> earning : written.earnings()) {
      EntryRow row =
          all.stream()
              .filter(r -> r.entryId().equals(earning.value().entryId()))
              .findFirst()
              .orElseThrow();
      assertThat(row.blockNumber()).isEqualTo(earning.blockNumber());
      assertThat(row.txId()).isEqualTo(earning.transactionId());
    }
    assertThat(
            queries
                .entries(
                    new EntryFilter(
                        null, written.category(), EntryType.EARN, null, null, 500L, 500L),
                    null,
                    100)
                .value()
                .items())
        .hasSize(6);
    assertThat(
            queries
                .entries(
                    new EntryFilter(null, written.category(), null, null, null, 501L, null),
                    null,
                    100)
                .value()
                .items())
        .isEmpty();
    Instant after = Instant.now().plus(Duration.ofDays(1));
    assertThat(
            queries
                .entries(
                    new EntryFilter(written.verifier(), null, null, after, null, null, null),
                    null,
                    10)
                .value()
                .items())
        .isEmpty();
  }

  @Test
  @Order(7)
  void minted_per_verifier_per_day_and_reversals() {
    AuditQueries queries = new AuditQueries(db.jdbi());
    ZoneOffset offset = ZoneOffset.ofHours(8);
    LocalDate today = LocalDate.now(offset);
    List<DailyMint> mints =
        queries.mintedPerVerifierPerDay(today.minusDays(1), today, offset).value();
    assertThat(mints)
        .filteredOn(m -> m.verifier().equals(written.verifier()))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.earnings()).isEqualTo(6);
              assertThat(m.mintedUnits()).isEqualTo(3000);
              assertThat(m.reversedUnits()).isEqualTo(500);
            });
    List<EntryRow> reversals = queries.reversals(null, null, null, 500).value().items();
    assertThat(reversals)
        .filteredOn(r -> r.txId().equals(written.reversal().transactionId()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.reversedEntryId())
                  .isEqualTo(written.earnings().get(5).value().entryId());
              assertThat(r.amountUnits()).isEqualTo(-500);
              assertThat(r.blockNumber()).isEqualTo(written.reversal().blockNumber());
            });
  }

  @Test
  @Order(8)
  void vouchers_by_status_and_claims_by_status_and_decision() {
    AuditQueries queries = new AuditQueries(db.jdbi());
    assertThat(queries.vouchers(VoucherStatus.VOIDED, Instant.now(), null, 500).value().items())
        .extracting(VoucherRow::voucherId)
        .contains(written.voidedVoucherId());
    assertThat(queries.vouchers(VoucherStatus.ACTIVE, Instant.now(), null, 500).value().items())
        .extracting(VoucherRow::voucherId)
        .doesNotContain(written.voidedVoucherId());
    assertThat(
            queries
                .vouchers(VoucherStatus.EXPIRED, Instant.now().plus(Duration.ofDays(31)), null, 500)
                .value()
                .items())
        .extracting(VoucherRow::voucherId)
        .doesNotContain(written.voidedVoucherId())
        .isNotEmpty();
    List<ClaimRow> approved =
        queries.claims(null, ClaimDecision.APPROVED, null, 500).value().items();
    assertThat(approved)
        .filteredOn(c -> c.claimId().equals(written.paidClaimId()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.status()).isEqualTo("PAID");
              assertThat(c.approvedAmountUnits()).isEqualTo(10000);
              assertThat(c.paymentReference()).isEqualTo("PAY-AS-1");
            });
    assertThat(approved).extracting(ClaimRow::claimId).doesNotContain(written.rejectedClaimId());
    assertThat(queries.claims(ClaimStatus.REJECTED, null, null, 500).value().items())
        .extracting(ClaimRow::claimId)
        .contains(written.rejectedClaimId())
        .doesNotContain(written.paidClaimId());
  }

  @Test
  @Order(9)
  void an_accounts_full_history_names_the_block_and_transaction_of_each_entry() {
    String volunteer = written.volunteers().get(1);
    AuditQueries queries = new AuditQueries(db.jdbi());
    Answer<Page<EntryRow>> first = queries.accountHistory(volunteer, null, 3);
    Answer<Page<EntryRow>> rest =
        queries.accountHistory(volunteer, first.value().nextCursor(), 100);
    List<EntryRow> history = new ArrayList<>(first.value().items());
    history.addAll(rest.value().items());
    assertThat(rest.value().nextCursor()).isNull();
    assertThat(history).extracting(EntryRow::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(history)
        .extracting(EntryRow::type)
        .containsExactly("EARN", "EARN", "HELP_PAYMENT", "TRANSFER", "VOUCHER_PURCHASE");
    assertThat(history)
        .extracting(EntryRow::balanceAfterUnits)
        .containsExactly(500L, 1000L, 1125L, 1050L, 850L);
    for (EntryRow row : history) {
      String txAtThatPlace =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "SELECT tx_id FROM transactions WHERE block_number = :b"
                                  + " AND tx_index = :i")
                          .bind("b", row.blockNumber())
                          .bind("i", row.txIndex())
                          .mapTo(String.class)
                          .one());
      assertThat(txAtThatPlace).isEqualTo(row.txId());
    }
  }

  @Test
  @Order(10)
  void bad_paging_is_refused_with_a_stable_code() {
    AuditQueries queries = new AuditQueries(db.jdbi());
    assertThatThrownBy(() -> queries.entries(EntryFilter.all(), null, 0))
        .isInstanceOfSatisfying(
            AuditQueryException.class, e -> assertThat(e.code()).isEqualTo("INVALID_PAGE"));
    assertThatThrownBy(() -> queries.entries(EntryFilter.all(), "not-a-cursor", 10))
        .isInstanceOfSatisfying(
            AuditQueryException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CURSOR"));
    String historyCursor =
        queries.accountHistory(written.volunteers().get(0), null, 1).value().nextCursor();
    assertThatThrownBy(() -> queries.entries(EntryFilter.all(), historyCursor, 10))
        .isInstanceOfSatisfying(
            AuditQueryException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CURSOR"));
  }

  @Test
  @Order(11)
  void an_export_streams_every_matching_entry_with_the_digest_of_its_bytes() throws Exception {
    EntryExport export = new EntryExport(db.jdbi());
    EntryFilter byVerifier =
        new EntryFilter(written.verifier(), null, null, null, null, null, null);
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    EntryExport.Result result = export.write(byVerifier, EntryExport.Format.CSV, csv);
    assertThat(result.rows()).isEqualTo(6);
    assertThat(result.currentToBlock()).isEqualTo(projectedThrough);
    assertThat(result.sha256())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(csv.toByteArray())));
    List<String> lines = csv.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.get(0)).isEqualTo(String.join(",", EntryExport.COLUMNS));
    assertThat(lines.subList(1, 7))
        .allSatisfy(line -> assertThat(line).contains("\"" + written.verifier() + "\""));

    ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    EntryExport.Result reversals =
        export.write(
            new EntryFilter(null, null, EntryType.REVERSAL, null, null, null, null),
            EntryExport.Format.NDJSON,
            ndjson);
    assertThat(ndjson.toString(StandardCharsets.UTF_8).lines())
        .hasSize((int) reversals.rows())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("\"txId\":\"" + written.reversal().transactionId() + "\"")
                    .contains("\"amount\":\"-5.00\""));

    ByteArrayOutputStream reversalCsv = new ByteArrayOutputStream();
    export.write(
        new EntryFilter(null, null, EntryType.REVERSAL, null, null, null, null),
        EntryExport.Format.CSV,
        reversalCsv);
    // A negative amount would be a formula to a spreadsheet: it is written as text.
    assertThat(reversalCsv.toString(StandardCharsets.UTF_8)).contains("\"'-5.00\"");
  }

  private static ReconcileReport reconcile() {
    return new Reconciler(db.jdbi(), new PeerChaincodeState(auditor)).reconcile();
  }

  /** The auditor's peer can be a block behind the platform's: wait until it has {@code block}. */
  static long waitForAuditorPeer(long block) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (blocks.height() <= block) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the auditor's peer did not reach block " + block);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    return blocks.height() - 1;
  }
}
