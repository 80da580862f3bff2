package io.timecoin.chaincode.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.chaincode.testing.TestIdentities;
import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.DonationPage;
import io.timecoin.model.DonationView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.LedgerErrors;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.ProjectProgressView;
import io.timecoin.model.ProjectStatus;
import io.timecoin.model.ProjectView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * Random earnings, donations, checkpoints, closings, cancellations, returns and the passing of time
 * conserve hearts: everything earned is held by volunteers or sits in a project's rows that were
 * not given back (earned = held + donated - returned, per account and in sum), every project's
 * progress equals the sum of its rows, a closed project's recorded total equals them too, and every
 * refusal carries a business code.
 */
class HeartsPropertyTest {

  private static final Identity PLATFORM = ContractHarness.PLATFORM;
  private static final Identity AUDITOR = TestIdentities.client("AuditorMSP");
  private static final List<String> VOLUNTEERS = List.of("v0", "v1", "v2");
  private static final List<String> PROJECTS = List.of("p0", "p1");

  /** One step: its kind and the raw numbers it picks its arguments from. */
  record Op(int kind, int volunteer, int project, long hearts, int minutes) {}

  @Property(tries = 40)
  void hearts_are_conserved_and_progress_is_the_sum_of_the_rows(
      @ForAll("operations") List<Op> operations) {
    ContractHarness ledger = ContractHarness.standard();
    HeartsFixtures hearts = new HeartsFixtures(ledger);
    ledger.setEarningPolicy(PLATFORM, ContractHarness.generousPolicy("coins-policy"));
    hearts.setHeartsPolicy(PLATFORM, HeartsFixtures.policy("hearts-policy", 40, "0.10", "0.30"));
    for (String id : VOLUNTEERS) {
      ledger.registerVolunteer(PLATFORM, ContractHarness.registration("reg-" + id, id));
    }
    for (int p = 0; p < PROJECTS.size(); p++) {
      hearts.launch(
          PLATFORM,
          HeartsFixtures.matchedProject(
              "launch-" + p,
              PROJECTS.get(p),
              30 + 40L * p,
              ContractHarness.START.plus(Duration.ofHours(3 + 5L * p)),
              "1.00",
              "50.00"));
    }
    for (int i = 0; i < operations.size(); i++) {
      Op op = operations.get(i);
      ledger.advance(Duration.ofMinutes(op.minutes()));
      String volunteer = VOLUNTEERS.get(op.volunteer());
      String project = PROJECTS.get(op.project());
      String requestId = "r" + i;
      try {
        switch (op.kind()) {
          case 0 ->
              hearts.recordHearts(
                  PLATFORM, HeartsFixtures.task(requestId, volunteer, "task-" + i, op.hearts()));
          case 1, 2 ->
              hearts.donate(
                  PLATFORM, HeartsFixtures.donation(requestId, project, volunteer, op.hearts()));
          case 3 -> hearts.checkpoint(PLATFORM, HeartsFixtures.about(requestId, project));
          case 4 -> hearts.close(PLATFORM, HeartsFixtures.about(requestId, project));
          case 5 -> hearts.cancel(PLATFORM, HeartsFixtures.cancellation(requestId, project));
          default ->
              hearts.returnDonations(
                  PLATFORM, HeartsFixtures.returns(requestId, project, (int) op.hearts() % 3 + 1));
        }
      } catch (ChaincodeException refusal) {
        Optional<ErrorCode> code = LedgerErrors.codeOf(refusal.getMessage());
        assertThat(code).isPresent();
        assertThat(code.get()).isNotEqualTo(ErrorCode.INTERNAL_ERROR);
      }
    }

    long earned = 0;
    long held = 0;
    long donated = 0;
    long returned = 0;
    for (String id : VOLUNTEERS) {
      HeartsAccountView account =
          LedgerJson.read(hearts.heartsAccount(PLATFORM, id), HeartsAccountView.class);
      assertThat(account.totalEarned() + account.totalReturned())
          .as("per account: earned + returned = held + donated")
          .isEqualTo(account.balance() + account.totalDonated());
      earned += account.totalEarned();
      held += account.balance();
      donated += account.totalDonated();
      returned += account.totalReturned();
    }
    long inRows = 0;
    long givenBack = 0;
    for (String projectId : PROJECTS) {
      List<DonationView> rows = rows(hearts, projectId);
      long sum = rows.stream().mapToLong(DonationView::hearts).sum();
      inRows += sum;
      ProjectProgressView progress =
          LedgerJson.read(hearts.progress(PLATFORM, projectId), ProjectProgressView.class);
      assertThat(progress.raisedHearts()).as("progress = rows").isEqualTo(sum);
      assertThat(progress.donations()).isEqualTo(rows.size());
      assertThat(progress.donors())
          .isEqualTo(rows.stream().map(DonationView::volunteerId).distinct().count());
      ProjectView project = LedgerJson.read(hearts.project(PLATFORM, projectId), ProjectView.class);
      if (project.status() != ProjectStatus.OPEN) {
        assertThat(project.raisedHearts()).as("recorded at closing = rows").isEqualTo(sum);
        assertThat(project.status() == ProjectStatus.FUNDED)
            .isEqualTo(sum >= project.targetHearts() && project.closeReason() == null);
        givenBack +=
            rows.stream().limit(project.returnedDonations()).mapToLong(DonationView::hearts).sum();
      } else {
        assertThat(project.returnedDonations()).isZero();
      }
    }
    assertThat(donated).as("donated = the rows").isEqualTo(inRows);
    assertThat(returned).as("returned = the rows given back").isEqualTo(givenBack);
    assertThat(earned)
        .as("earned = held + donated - returned")
        .isEqualTo(held + donated - returned);
  }

  private static List<DonationView> rows(HeartsFixtures hearts, String projectId) {
    List<DonationView> rows = new ArrayList<>();
    String bookmark = "";
    do {
      DonationPage page =
          LedgerJson.read(
              hearts.listDonations(AUDITOR, HeartsFixtures.page(projectId, 3, bookmark)),
              DonationPage.class);
      rows.addAll(page.donations());
      bookmark = page.bookmark();
    } while (!bookmark.isEmpty());
    return rows;
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, VOLUNTEERS.size() - 1),
                Arbitraries.integers().between(0, PROJECTS.size() - 1),
                Arbitraries.longs().between(1, 45),
                Arbitraries.integers().between(0, 40))
            .as(Op::new);
    return op.list().ofMinSize(5).ofMaxSize(60);
  }
}
