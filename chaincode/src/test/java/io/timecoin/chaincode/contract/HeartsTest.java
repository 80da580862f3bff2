package io.timecoin.chaincode.contract;

import static io.timecoin.chaincode.contract.HeartsFixtures.about;
import static io.timecoin.chaincode.contract.HeartsFixtures.cancellation;
import static io.timecoin.chaincode.contract.HeartsFixtures.donation;
import static io.timecoin.chaincode.contract.HeartsFixtures.page;
import static io.timecoin.chaincode.contract.HeartsFixtures.policy;
import static io.timecoin.chaincode.contract.HeartsFixtures.project;
import static io.timecoin.chaincode.contract.HeartsFixtures.returns;
import static io.timecoin.chaincode.contract.HeartsFixtures.task;
import static io.timecoin.chaincode.contract.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.AccountStatus;
import io.timecoin.model.AccountView;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DonationPage;
import io.timecoin.model.DonationView;
import io.timecoin.model.EntryType;
import io.timecoin.model.EntryView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.EventNames;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.HeartsEntryType;
import io.timecoin.model.HeartsEntryView;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerUnit;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ProjectProgressView;
import io.timecoin.model.ProjectStatus;
import io.timecoin.model.ProjectView;
import io.timecoin.model.ReturnPage;
import io.timecoin.model.TransferRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HeartsTest {

  private static final Identity PLATFORM = ContractHarness.PLATFORM;
  private static final Identity INSURER = TestIdentities.client("InsurerMSP");
  private static final Identity AUDITOR = TestIdentities.client("AuditorMSP");
  private static final Instant DEADLINE = ContractHarness.START.plus(Duration.ofDays(7));

  private ContractHarness ledger;
  private HeartsFixtures hearts;

  @BeforeEach
  void setUp() {
    ledger = ContractHarness.standard();
    hearts = new HeartsFixtures(ledger);
    ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("coins-policy"));
    hearts.setHeartsPolicy(PLATFORM, policy("hearts-policy", 50, "0", "0"));
    for (String id : List.of("ann", "bob", "cat")) {
      ledger.registerVolunteer(PLATFORM, ContractHarness.registration("reg-" + id, id));
    }
  }

  private HeartsAccountView account(String volunteerId) {
    return LedgerJson.read(hearts.heartsAccount(PLATFORM, volunteerId), HeartsAccountView.class);
  }

  private ProjectProgressView progress(String projectId) {
    return LedgerJson.read(hearts.progress(PLATFORM, projectId), ProjectProgressView.class);
  }

  private ProjectView projectView(String projectId) {
    return LedgerJson.read(hearts.project(AUDITOR, projectId), ProjectView.class);
  }

  private DonationView give(String requestId, String projectId, String volunteerId, long n) {
    return LedgerJson.read(
        hearts.donate(PLATFORM, donation(requestId, projectId, volunteerId, n)),
        DonationView.class);
  }

  private void earn(String volunteerId, String task, long n) {
    hearts.recordHearts(PLATFORM, task("earn-" + volunteerId + "-" + task, volunteerId, task, n));
  }

  @Nested
  class Earning {

    @Test
    void a_task_earns_hearts_once_as_a_hearts_entry_under_the_policy_version() {
      HeartsEntryView entry =
          LedgerJson.read(
              hearts.recordHearts(PLATFORM, task("t1", "ann", "task-1", 30)),
              HeartsEntryView.class);

      assertThat(entry.unit()).isEqualTo(LedgerUnit.HEARTS);
      assertThat(entry.type()).isEqualTo(HeartsEntryType.EARN);
      assertThat(entry.amount()).isEqualTo(30);
      assertThat(entry.policyVersion()).isEqualTo(1);
      assertThat(entry.entryId()).isEqualTo(entry.txId() + ":h0");
      assertThat(ledger.stub.eventName()).contains(EventNames.HEARTS_EARNED);
      assertThat(account("ann"))
          .isEqualTo(new HeartsAccountView("ann", LedgerUnit.HEARTS, 30, 30, 0, 0, 1));
      // The coin account is untouched: hearts are a unit of their own.
      AccountView coins = LedgerJson.read(ledger.getAccount(PLATFORM, "ann"), AccountView.class);
      assertThat(coins.balance()).isEqualTo(CoinAmount.ZERO);
      assertThat(coins.entryCount()).isZero();
      refused(
          ledger,
          () -> hearts.recordHearts(PLATFORM, task("t2", "ann", "task-1", 5)),
          ErrorCode.DUPLICATE_ACTIVITY);
    }

    @Test
    void the_policy_caps_one_task_and_is_versioned() {
      refused(
          ledger,
          () -> hearts.recordHearts(PLATFORM, task("t1", "ann", "task-1", 51)),
          ErrorCode.HEARTS_LIMIT_EXCEEDED);
      hearts.setHeartsPolicy(PLATFORM, policy("hearts-policy-2", 100, "0", "0"));
      HeartsEntryView entry =
          LedgerJson.read(
              hearts.recordHearts(PLATFORM, task("t2", "ann", "task-1", 51)),
              HeartsEntryView.class);
      assertThat(entry.policyVersion()).isEqualTo(2);
      assertThat(hearts.heartsPolicy(AUDITOR, "1")).contains("\"maxHeartsPerTask\":50");
    }

    @Test
    void an_older_ledgers_hearts_policy_pointer_is_still_followed() {
      hearts.setHeartsPolicy(PLATFORM, policy("hearts-policy-2", 100, "0", "0"));
      String current = ContractHarness.keysOf(ledger.stub, "heartspolicycurrent").get(0);
      assertThat(ledger.stub.snapshot().get(current)).contains("\"maxHeartsPerTask\":100");
      ledger.stub.seed(current, "{\"version\":1}");

      refused(
          ledger,
          () -> hearts.recordHearts(PLATFORM, task("t1", "ann", "task-1", 51)),
          ErrorCode.HEARTS_LIMIT_EXCEEDED);
      assertThat(hearts.heartsPolicy(AUDITOR, "")).contains("\"maxHeartsPerTask\":50");
    }

    @Test
    void needs_a_policy_an_active_account_and_the_platform() {
      ContractHarness fresh = ContractHarness.standard();
      HeartsFixtures freshHearts = new HeartsFixtures(fresh);
      fresh.registerVolunteer(PLATFORM, ContractHarness.registration("reg", "ann"));
      refused(
          fresh,
          () -> freshHearts.recordHearts(PLATFORM, task("t1", "ann", "task-1", 5)),
          ErrorCode.HEARTS_POLICY_NOT_SET);
      refused(
          ledger,
          () -> hearts.recordHearts(INSURER, task("t1", "ann", "task-1", 5)),
          ErrorCode.ACCESS_DENIED);
      refused(
          ledger,
          () -> hearts.recordHearts(PLATFORM, task("t1", "nobody", "task-1", 5)),
          ErrorCode.VOLUNTEER_NOT_FOUND);
      ledger.setAccountStatus(
          PLATFORM, ContractHarness.status("freeze", "ann", AccountStatus.FROZEN));
      refused(
          ledger,
          () -> hearts.recordHearts(PLATFORM, task("t1", "ann", "task-1", 5)),
          ErrorCode.ACCOUNT_NOT_ACTIVE);
    }

    @Test
    void hearts_are_never_transferred_between_volunteers() {
      earn("ann", "task-1", 20);
      String heartsGift =
          LedgerJson.write(
              new TransferRequest(
                  "gift-1", "ann", "bob", CoinAmount.parse("1"), null, LedgerUnit.HEARTS));
      refused(
          ledger, () -> ledger.transfer(PLATFORM, heartsGift), ErrorCode.HEARTS_NOT_TRANSFERABLE);
      assertThat(account("ann").balance()).isEqualTo(20);
      assertThat(account("bob").balance()).isZero();
    }
  }

  @Nested
  class Donating {

    @BeforeEach
    void launch() {
      hearts.launch(PLATFORM, project("launch-p1", "p1", 100, DEADLINE));
      earn("ann", "task-1", 50);
      earn("bob", "task-1", 50);
    }

    @Test
    void a_donation_debits_the_donor_and_writes_its_own_row_never_a_project_total() {
      String projectKeyBefore = ledger.stub.snapshot().get(projectKey("p1"));

      DonationView donation = give("d1", "p1", "ann", 20);

      assertThat(donation.hearts()).isEqualTo(20);
      assertThat(donation.firstForDonor()).isTrue();
      assertThat(donation.heartsBalanceAfter()).isEqualTo(30);
      assertThat(ledger.stub.eventName()).contains(EventNames.DONATION_MADE);
      assertThat(ledger.stub.writtenKeys())
          .noneMatch(key -> key.equals(projectKey("p1")))
          .noneMatch(key -> key.contains("progress"))
          .anyMatch(key -> key.startsWith("donation|p1|"));
      assertThat(ledger.stub.snapshot().get(projectKey("p1"))).isEqualTo(projectKeyBefore);
      assertThat(account("ann"))
          .isEqualTo(new HeartsAccountView("ann", LedgerUnit.HEARTS, 30, 50, 20, 0, 2));
    }

    @Test
    void a_donation_reads_as_many_keys_with_fifty_rows_before_it_as_with_one() {
      give("d0", "p1", "ann", 1);
      give("d1", "p1", "ann", 1);
      int withOne = ledger.stub.keysRead();
      for (int i = 2; i < 50; i++) {
        give("d" + i, "p1", i % 2 == 0 ? "bob" : "ann", 1);
      }
      give("d50", "p1", "ann", 1);
      assertThat(ledger.stub.keysRead()).isEqualTo(withOne);
    }

    @Test
    void progress_is_the_sum_of_the_rows_and_counts_each_donor_once() {
      give("d1", "p1", "ann", 20);
      give("d2", "p1", "bob", 5);
      give("d3", "p1", "ann", 7);

      ProjectProgressView progress = progress("p1");
      assertThat(progress.raisedHearts()).isEqualTo(32);
      assertThat(progress.donations()).isEqualTo(3);
      assertThat(progress.donors()).isEqualTo(2);
      DonationPage rows =
          LedgerJson.read(
              hearts.listDonations(AUDITOR, page("p1", null, null)), DonationPage.class);
      assertThat(rows.donations().stream().mapToLong(DonationView::hearts).sum()).isEqualTo(32);
      assertThat(rows.bookmark()).isEmpty();
    }

    @Test
    void more_hearts_than_held_are_refused_and_change_nothing() {
      give("d1", "p1", "ann", 45);
      refused(
          ledger,
          () -> hearts.donate(PLATFORM, donation("d2", "p1", "ann", 6)),
          ErrorCode.INSUFFICIENT_HEARTS);
      refused(
          ledger,
          () -> hearts.donate(PLATFORM, donation("d3", "p1", "cat", 1)),
          ErrorCode.INSUFFICIENT_HEARTS);
      assertThat(progress("p1").raisedHearts()).isEqualTo(45);
    }

    @Test
    void the_same_request_twice_gives_one_donation_and_another_body_under_it_is_refused() {
      String first = hearts.donate(PLATFORM, donation("d1", "p1", "ann", 10));
      assertThat(hearts.donate(PLATFORM, donation("d1", "p1", "ann", 10))).isEqualTo(first);
      assertThat(ledger.stub.writtenKeys()).isEmpty();
      refused(
          ledger,
          () -> hearts.donate(PLATFORM, donation("d1", "p1", "ann", 11)),
          ErrorCode.IDEMPOTENCY_CONFLICT);
      assertThat(account("ann").balance()).isEqualTo(40);
      assertThat(progress("p1").donations()).isEqualTo(1);
    }

    @Test
    void unknown_closed_and_expired_projects_take_no_donations() {
      refused(
          ledger,
          () -> hearts.donate(PLATFORM, donation("d1", "nope", "ann", 1)),
          ErrorCode.PROJECT_NOT_FOUND);
      hearts.launch(PLATFORM, project("launch-p2", "p2", 10, DEADLINE));
      give("d2", "p2", "ann", 10);
      hearts.close(PLATFORM, about("close-p2", "p2"));
      refused(
          ledger,
          () -> hearts.donate(PLATFORM, donation("d3", "p2", "bob", 1)),
          ErrorCode.PROJECT_CLOSED);
      ledger.advance(Duration.ofDays(8));
      refused(
          ledger,
          () -> hearts.donate(PLATFORM, donation("d4", "p1", "bob", 1)),
          ErrorCode.PROJECT_EXPIRED);
    }

    @Test
    void a_frozen_donor_and_another_org_are_refused() {
      refused(
          ledger,
          () -> hearts.donate(INSURER, donation("d1", "p1", "ann", 1)),
          ErrorCode.ACCESS_DENIED);
      refused(
          ledger,
          () -> hearts.donate(AUDITOR, donation("d1", "p1", "ann", 1)),
          ErrorCode.ACCESS_DENIED);
      ledger.setAccountStatus(
          PLATFORM, ContractHarness.status("freeze", "ann", AccountStatus.FROZEN));
      refused(
          ledger,
          () -> hearts.donate(PLATFORM, donation("d1", "p1", "ann", 1)),
          ErrorCode.ACCOUNT_NOT_ACTIVE);
    }

    @Test
    void donating_earns_coins_by_the_policy_up_to_a_daily_cap() {
      hearts.setHeartsPolicy(PLATFORM, policy("hearts-policy-2", 50, "0.50", "1.20"));
      List<CoinAmount> credited = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        credited.add(give("d" + i, "p1", "ann", 1).coinsCredited());
      }
      assertThat(credited)
          .containsExactly(
              CoinAmount.parse("0.50"),
              CoinAmount.parse("0.50"),
              CoinAmount.parse("0.20"),
              CoinAmount.ZERO);
      AccountView coins = LedgerJson.read(ledger.getAccount(PLATFORM, "ann"), AccountView.class);
      assertThat(coins.balance()).isEqualTo(CoinAmount.parse("1.20"));
      assertThat(coins.totalEarned()).isEqualTo(CoinAmount.parse("1.20"));
      EntryView reward =
          LedgerJson.read(ledger.getEntry(AUDITOR, "tx" + (countTx() - 3) + ":0"), EntryView.class);
      assertThat(reward.type()).isEqualTo(EntryType.EARN);
      assertThat(reward.category()).isEqualTo("donation");
      // The next day at the policy's offset has its own cap.
      ledger.advance(Duration.ofDays(1));
      assertThat(give("d9", "p1", "ann", 1).coinsCredited()).isEqualTo(CoinAmount.parse("0.50"));
    }

    /** The id of the last transaction run, from the next one's. */
    private int countTx() {
      return Integer.parseInt(ledger.nextTxId().substring(2)) - 1;
    }

    @Test
    void only_auditors_list_the_rows_in_pages_with_a_bookmark() {
      for (int i = 0; i < 5; i++) {
        give("d" + i, "p1", "ann", 1);
      }
      refused(
          ledger,
          () -> hearts.listDonations(PLATFORM, page("p1", 2, null)),
          ErrorCode.ACCESS_DENIED);
      List<DonationView> all = new ArrayList<>();
      String bookmark = null;
      do {
        DonationPage rows =
            LedgerJson.read(
                hearts.listDonations(AUDITOR, page("p1", 2, bookmark)), DonationPage.class);
        assertThat(rows.donations()).hasSizeLessThanOrEqualTo(2);
        all.addAll(rows.donations());
        bookmark = rows.bookmark();
      } while (!bookmark.isEmpty());
      assertThat(all)
          .extracting(DonationView::requestId)
          .containsExactly("d0", "d1", "d2", "d3", "d4");
      hearts.launch(PLATFORM, project("launch-p2", "p2", 10, DEADLINE));
      String p1Bookmark =
          LedgerJson.read(hearts.listDonations(AUDITOR, page("p1", 2, null)), DonationPage.class)
              .bookmark();
      refused(
          ledger,
          () -> hearts.listDonations(AUDITOR, page("p2", 2, p1Bookmark)),
          ErrorCode.INVALID_PAGE);
    }

    @Test
    void a_checkpoint_covers_only_final_rows_and_progress_then_reads_only_the_rows_after_it() {
      for (int i = 0; i < 10; i++) {
        give("old" + i, "p1", "ann", 1);
      }
      ledger.advance(Duration.ofHours(1));
      give("recent", "p1", "bob", 3);
      ProjectProgressView checkpointed =
          LedgerJson.read(
              hearts.checkpoint(PLATFORM, about("cp-1", "p1")), ProjectProgressView.class);
      // The row of a minute ago may still have company from writes in flight: not final yet.
      assertThat(checkpointed.donations()).isEqualTo(10);
      assertThat(checkpointed.raisedHearts()).isEqualTo(10);

      ProjectProgressView progress = progress("p1");
      assertThat(progress.raisedHearts()).isEqualTo(13);
      assertThat(progress.donations()).isEqualTo(11);
      assertThat(progress.donors()).isEqualTo(2);
      assertThat(progress.checkpointedDonations()).isEqualTo(10);
      assertThat(progress.rowsRead()).isEqualTo(1);
    }
  }

  @Nested
  class Closing {

    @BeforeEach
    void launch() {
      hearts.launch(
          PLATFORM,
          HeartsFixtures.matchedProject("launch-p1", "p1", 60, DEADLINE, "2.50", "100.00"));
      earn("ann", "task-1", 50);
      earn("bob", "task-1", 50);
    }

    @Test
    void a_project_closes_funded_once_its_target_is_reached_with_the_totals_and_the_match() {
      give("d1", "p1", "ann", 30);
      refused(
          ledger,
          () -> hearts.close(PLATFORM, about("close-1", "p1")),
          ErrorCode.PROJECT_TARGET_NOT_REACHED);
      give("d2", "p1", "bob", 31);

      ProjectView closed =
          LedgerJson.read(hearts.close(PLATFORM, about("close-2", "p1")), ProjectView.class);

      assertThat(closed.status()).isEqualTo(ProjectStatus.FUNDED);
      assertThat(closed.raisedHearts()).isEqualTo(61);
      assertThat(closed.donations()).isEqualTo(2);
      assertThat(closed.donors()).isEqualTo(2);
      // 61 hearts x 2.50 = 152.50, capped by the budget.
      assertThat(closed.matchedAmount()).isEqualTo(MoneyAmount.parse("100.00"));
      assertThat(closed.closedBy()).isEqualTo(closed.launchedBy());
      assertThat(ledger.stub.eventName()).contains(EventNames.PROJECT_CLOSED);
      assertThat(progress("p1").raisedHearts()).isEqualTo(61);
      refused(
          ledger, () -> hearts.close(PLATFORM, about("close-3", "p1")), ErrorCode.PROJECT_CLOSED);
      refused(
          ledger,
          () -> hearts.cancel(PLATFORM, cancellation("cancel", "p1")),
          ErrorCode.PROJECT_CLOSED);
      refused(
          ledger,
          () -> hearts.returnDonations(PLATFORM, returns("ret", "p1", null)),
          ErrorCode.PROJECT_NOT_RETURNABLE);
    }

    @Test
    void the_match_below_the_budget_is_per_heart() {
      hearts.launch(
          PLATFORM, HeartsFixtures.matchedProject("launch-p2", "p2", 10, DEADLINE, "0.75", "1000"));
      give("d1", "p2", "ann", 12);
      ProjectView closed =
          LedgerJson.read(hearts.close(PLATFORM, about("close", "p2")), ProjectView.class);
      assertThat(closed.matchedAmount()).isEqualTo(MoneyAmount.parse("9.00"));
    }

    @Test
    void a_project_short_of_its_target_expires_at_its_deadline_and_gives_every_donation_back() {
      give("d1", "p1", "ann", 10);
      give("d2", "p1", "bob", 5);
      give("d3", "p1", "ann", 7);
      ledger.advance(Duration.ofDays(8));

      ProjectView expired =
          LedgerJson.read(hearts.close(PLATFORM, about("close", "p1")), ProjectView.class);
      assertThat(expired.status()).isEqualTo(ProjectStatus.EXPIRED);
      assertThat(expired.raisedHearts()).isEqualTo(22);
      assertThat(expired.matchedAmount()).isEqualTo(MoneyAmount.ZERO);

      ReturnPage first =
          LedgerJson.read(
              hearts.returnDonations(PLATFORM, returns("ret-1", "p1", 2)), ReturnPage.class);
      assertThat(first.entries()).hasSize(2);
      assertThat(first.complete()).isFalse();
      ReturnPage second =
          LedgerJson.read(
              hearts.returnDonations(PLATFORM, returns("ret-2", "p1", 2)), ReturnPage.class);
      assertThat(second.entries()).hasSize(1);
      assertThat(second.complete()).isTrue();
      List<HeartsEntryView> all = new ArrayList<>(first.entries());
      all.addAll(second.entries());
      assertThat(all)
          .allMatch(e -> e.type() == HeartsEntryType.RETURN && e.projectId().equals("p1"));
      assertThat(all).extracting(HeartsEntryView::amount).containsExactlyInAnyOrder(10L, 5L, 7L);
      assertThat(account("ann"))
          .isEqualTo(new HeartsAccountView("ann", LedgerUnit.HEARTS, 50, 50, 17, 17, 5));
      assertThat(account("bob").balance()).isEqualTo(50);
      assertThat(projectView("p1").returnedDonations()).isEqualTo(3);
      refused(
          ledger,
          () -> hearts.returnDonations(PLATFORM, returns("ret-3", "p1", 2)),
          ErrorCode.PROJECT_NOT_RETURNABLE);
    }

    @Test
    void a_cancelled_project_records_its_reason_and_gives_back_to_a_frozen_donor_too() {
      give("d1", "p1", "ann", 10);
      ledger.setAccountStatus(
          PLATFORM, ContractHarness.status("freeze", "ann", AccountStatus.FROZEN));
      refused(
          ledger,
          () -> hearts.cancel(INSURER, cancellation("cancel", "p1")),
          ErrorCode.ACCESS_DENIED);
      ProjectView cancelled =
          LedgerJson.read(hearts.cancel(PLATFORM, cancellation("cancel", "p1")), ProjectView.class);
      assertThat(cancelled.status()).isEqualTo(ProjectStatus.CANCELLED);
      assertThat(cancelled.closeReason()).isEqualTo("venue unavailable");
      assertThat(ledger.stub.eventName()).contains(EventNames.PROJECT_CANCELLED);
      hearts.returnDonations(PLATFORM, returns("ret", "p1", null));
      assertThat(account("ann").balance()).isEqualTo(50);
    }

    @Test
    void a_launch_needs_a_new_id_and_a_future_deadline() {
      refused(
          ledger,
          () -> hearts.launch(PLATFORM, project("again", "p1", 10, DEADLINE)),
          ErrorCode.PROJECT_ALREADY_EXISTS);
      refused(
          ledger,
          () -> hearts.launch(PLATFORM, project("past", "p9", 10, ContractHarness.START)),
          ErrorCode.INVALID_ARGUMENT);
      refused(
          ledger,
          () -> hearts.launch(INSURER, project("other", "p9", 10, DEADLINE)),
          ErrorCode.ACCESS_DENIED);
      ProjectView launched = projectView("p1");
      assertThat(launched.launchedBy().mspId()).isEqualTo("PlatformMSP");
      assertThat(launched.status()).isEqualTo(ProjectStatus.OPEN);
      assertThat(launched.raisedHearts()).isNull();
    }
  }

  private String projectKey(String projectId) {
    return ledger.stub.createCompositeKey("project", projectId).toString();
  }
}
