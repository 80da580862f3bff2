package io.timecoin.auditstore;

import static io.timecoin.auditstore.ItEnvironment.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.auditstore.block.GatewayBlockSource;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.projection.Projector;
import io.timecoin.auditstore.reconcile.Difference;
import io.timecoin.auditstore.reconcile.PeerChaincodeState;
import io.timecoin.auditstore.reconcile.Reconciler;
import io.timecoin.client.HeartsLedger;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DonateRequest;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.LaunchProjectRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ProjectRequest;
import io.timecoin.model.ProjectStatus;
import io.timecoin.model.RecordHeartsRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.ReturnDonationsRequest;
import io.timecoin.model.SetHeartsPolicyRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hearts, projects and donation rows on the real network, projected from the auditor's peer into
 * the auditor's real PostgreSQL: the rows equal what the peer answers, reconciliation agrees, and a
 * project total or a hearts balance changed in the database is reported with the project or account
 * where the two part.
 */
class HeartsProjectionIT {

  private static final String DESCRIPTION =
      "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

  private static TimeCoinLedger platformLedger;
  private static TimeCoinLedger auditor;
  private static GatewayBlockSource blocks;
  private static AuditDatabase db;
  private static HeartsLedger hearts;
  private static String ann;
  private static String bob;
  private static String funded;
  private static String expired;

  @BeforeAll
  static void projectHeartsAndProjects() throws Exception {
    platformLedger = TimeCoinLedger.connect(ItEnvironment.client("platform"));
    auditor = TimeCoinLedger.connect(ItEnvironment.client("auditor"));
    blocks = GatewayBlockSource.connect(ItEnvironment.client("auditor"));
    db = AuditDatabase.open(ItEnvironment.freshDatabase("hearts_it"), "hearts-it", 4);
    hearts = HeartsLedger.over(platformLedger);
    hearts.setHeartsPolicy(
        new SetHeartsPolicyRequest(id(), 100L, CoinAmount.ZERO, CoinAmount.ZERO, "+08:00"));
    ann = volunteerWith(10);
    bob = volunteerWith(10);
    // One project reaches its target and is closed FUNDED (rows summed once, match recorded).
    funded = launch(6, Instant.now().plus(Duration.ofDays(2)));
    donate(funded, ann, 4);
    donate(funded, bob, 2);
    assertThat(hearts.closeProject(new ProjectRequest(id(), funded)).value().status())
        .isEqualTo(ProjectStatus.FUNDED);
    // The other expires: closed EXPIRED, and every donation goes back as a RETURN entry.
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    expired = launch(1_000, deadline);
    donate(expired, ann, 3);
    donate(expired, bob, 1);
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 2_000);
    assertThat(hearts.closeProject(new ProjectRequest(id(), expired)).value().status())
        .isEqualTo(ProjectStatus.EXPIRED);
    long last = hearts.returnDonations(new ReturnDonationsRequest(id(), expired, 10)).blockNumber();
    long through = waitForAuditorPeer(last);
    new Projector(db.jdbi(), blocks, "timecoin", 50).projectThrough(through);
  }

  @AfterAll
  static void close() {
    for (AutoCloseable c : new AutoCloseable[] {db, blocks, platformLedger, auditor}) {
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
  void hearts_accounts_projects_and_rows_equal_what_the_peer_answers() {
    HeartsLedger peer = HeartsLedger.over(auditor);
    for (String volunteer : List.of(ann, bob)) {
      HeartsAccountView onPeer = peer.getHeartsAccount(volunteer);
      Map<String, Object> row =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT * FROM hearts_accounts WHERE volunteer_id = :id")
                          .bind("id", volunteer)
                          .mapToMap()
                          .one());
      assertThat(row)
          .containsEntry("balance", onPeer.balance())
          .containsEntry("total_earned", onPeer.totalEarned())
          .containsEntry("total_donated", onPeer.totalDonated())
          .containsEntry("total_returned", onPeer.totalReturned())
          .containsEntry("entry_count", onPeer.entryCount());
      assertThat(count("SELECT count(*) FROM hearts_entries WHERE volunteer_id = :id", volunteer))
          .isEqualTo(onPeer.entryCount());
    }
    assertThat(projectedAnn()).isEqualTo(new long[] {6, 10, 7, 3});
    for (String project : List.of(funded, expired)) {
      var onPeer = peer.getProject(project);
      Map<String, Object> row =
          db.jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT * FROM projects WHERE project_id = :id")
                          .bind("id", project)
                          .mapToMap()
                          .one());
      assertThat(row)
          .containsEntry("status", onPeer.status().name())
          .containsEntry("raised_hearts", onPeer.raisedHearts())
          .containsEntry("donations", onPeer.donations())
          .containsEntry("donors", onPeer.donors())
          .containsEntry("matched_amount", onPeer.matchedAmount().units());
      assertThat(count("SELECT count(*) FROM donations WHERE project_id = :id", project))
          .isEqualTo(onPeer.donations());
    }
    assertThat(count("SELECT count(*) FROM hearts_entries WHERE project_id = :id", expired))
        .as("two donations and their two returns")
        .isEqualTo(4);
  }

  @Test
  void reconciliation_agrees_and_names_the_project_or_account_where_it_parts() {
    assertThat(reconcile()).isEmpty();

    change("UPDATE donations SET hearts = hearts + 1 WHERE project_id = :id", funded);
    try {
      assertThat(reconcile())
          .filteredOn(d -> d.kind().equals("PROJECT_VS_ROWS"))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.subject()).isEqualTo(funded);
                assertThat(d.detail()).contains("FUNDED records 6 hearts");
              });
      assertThat(reconcile())
          .filteredOn(d -> d.kind().equals("HEARTS_DONATED_VS_ROWS"))
          .extracting(Difference::subject)
          .containsExactlyInAnyOrder(ann, bob);
    } finally {
      change("UPDATE donations SET hearts = hearts - 1 WHERE project_id = :id", funded);
    }

    change("UPDATE hearts_accounts SET balance = balance + 5 WHERE volunteer_id = :id", bob);
    try {
      assertThat(reconcile())
          .filteredOn(d -> d.kind().equals("HEARTS_CONSERVATION"))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.subject()).isEqualTo(bob);
                assertThat(d.detail()).contains("earned 10 != held 13");
              });
    } finally {
      change("UPDATE hearts_accounts SET balance = balance - 5 WHERE volunteer_id = :id", bob);
    }

    change(
        "UPDATE hearts_entries SET balance_after = balance_after + 1"
            + " WHERE volunteer_id = :id AND sequence = 2",
        ann);
    try {
      assertThat(reconcile())
          .filteredOn(d -> d.kind().equals("HEARTS_BALANCE_AFTER"))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.subject()).isEqualTo(ann);
                assertThat(d.firstEntryId()).isNotNull();
              });
    } finally {
      change(
          "UPDATE hearts_entries SET balance_after = balance_after - 1"
              + " WHERE volunteer_id = :id AND sequence = 2",
          ann);
    }
    assertThat(reconcile()).isEmpty();
  }

  /** Ann's held, earned, donated and returned hearts in the projection. */
  private static long[] projectedAnn() {
    return db.jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT balance, total_earned, total_donated, total_returned"
                            + " FROM hearts_accounts WHERE volunteer_id = :id")
                    .bind("id", ann)
                    .map(
                        (rs, ctx) ->
                            new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                    .one());
  }

  private static List<Difference> reconcile() {
    return new Reconciler(db.jdbi(), new PeerChaincodeState(auditor)).reconcile().differences();
  }

  private static long count(String sql, String id) {
    return db.jdbi().withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Long.class).one());
  }

  private static void change(String sql, String id) {
    db.jdbi().useHandle((Handle h) -> h.createUpdate(sql).bind("id", id).execute());
  }

  private static String id() {
    return uniqueId("it-hearts");
  }

  private static String volunteerWith(long amount) {
    String volunteer = uniqueId("vol");
    platformLedger.registerVolunteer(new RegisterVolunteerRequest(id(), volunteer));
    hearts.recordHearts(
        new RecordHeartsRequest(id(), volunteer, "task-1", amount, "branch-7", DESCRIPTION));
    return volunteer;
  }

  private static String launch(long target, Instant deadline) {
    String projectId = uniqueId("p");
    hearts.launchProject(
        new LaunchProjectRequest(
            id(),
            projectId,
            target,
            deadline.toString(),
            DESCRIPTION,
            "sponsor-1",
            MoneyAmount.parse("5000.00"),
            "CNY",
            MoneyAmount.parse("0.50"),
            MoneyAmount.parse("10.00")));
    return projectId;
  }

  private static void donate(String projectId, String volunteer, long amount) {
    hearts.donate(new DonateRequest(id(), projectId, volunteer, amount));
  }

  private static long waitForAuditorPeer(long block) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (blocks.height() <= block) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the auditor's peer did not reach block " + block);
      }
      Thread.sleep(100);
    }
    return blocks.height() - 1;
  }
}
