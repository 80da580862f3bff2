package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.DonateRequest;
import io.timecoin.model.DonationPage;
import io.timecoin.model.DonationView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.HeartsEntryType;
import io.timecoin.model.LaunchProjectRequest;
import io.timecoin.model.LedgerUnit;
import io.timecoin.model.ListDonationsRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ProjectProgressView;
import io.timecoin.model.ProjectRequest;
import io.timecoin.model.ProjectStatus;
import io.timecoin.model.ProjectView;
import io.timecoin.model.RecordHeartsRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.ReturnDonationsRequest;
import io.timecoin.model.ReturnPage;
import io.timecoin.model.SetHeartsPolicyRequest;
import io.timecoin.model.TransferRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hearts and charity projects on the real native network: written through the platform's gateway,
 * rows read back through the auditor's. Concurrent donors to one project all commit (donations
 * never conflict on the project), progress equals the rows, closing happens exactly once and every
 * refusal carries its code and changes nothing.
 */
class HeartsIT {

  private static final String DESCRIPTION =
      "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";
  private static final int DONORS = 32;

  private static TimeCoinLedger platformLedger;
  private static TimeCoinLedger auditorLedger;
  private static HeartsLedger platform;
  private static HeartsLedger auditor;
  private static final AtomicInteger retries = new AtomicInteger();

  @BeforeAll
  static void connect() {
    platformLedger =
        GatewayLedger.connect(
            ItNetwork.config("platform"),
            new RetryPolicy(
                40,
                Duration.ofMillis(50),
                Duration.ofSeconds(1),
                wait -> {
                  retries.incrementAndGet();
                  Thread.sleep(wait.toMillis());
                }));
    auditorLedger = TimeCoinLedger.connect(ItNetwork.config("auditor"));
    platform = HeartsLedger.over(platformLedger);
    auditor = HeartsLedger.over(auditorLedger);
    platform.setHeartsPolicy(
        new SetHeartsPolicyRequest(id(), 100L, CoinAmount.ZERO, CoinAmount.ZERO, "+08:00"));
  }

  @AfterAll
  static void close() {
    platformLedger.close();
    auditorLedger.close();
  }

  private static String id() {
    return "it-hearts:" + UUID.randomUUID();
  }

  private static String volunteerWith(long hearts) {
    String volunteer = ItNetwork.newVolunteerId();
    platformLedger.registerVolunteer(new RegisterVolunteerRequest(id(), volunteer));
    platform.recordHearts(
        new RecordHeartsRequest(id(), volunteer, "task-1", hearts, "branch-7", ItNetwork.EVIDENCE));
    return volunteer;
  }

  private static String launch(long target, Instant deadline) {
    String projectId = "it-" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    platform.launchProject(
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

  private static void refused(ErrorCode code, ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LedgerRejectedException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void thirty_two_donors_give_to_one_project_at_once_and_progress_is_the_sum_of_the_rows()
      throws Exception {
    String projectId = launch(DONORS * 3L, Instant.now().plus(Duration.ofHours(1)));
    List<String> donors = new ArrayList<>();
    for (int i = 0; i < DONORS; i++) {
      donors.add(volunteerWith(10));
    }
    int retriesBefore = retries.get();
    List<Callable<DonationView>> donations = new ArrayList<>();
    for (String donor : donors) {
      donations.add(() -> platform.donate(new DonateRequest(id(), projectId, donor, 3L)).value());
    }
    ExecutorService pool = Executors.newFixedThreadPool(DONORS);
    List<DonationView> rows = new ArrayList<>();
    try {
      for (Future<DonationView> result : pool.invokeAll(donations)) {
        rows.add(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    // One row per donor, and no donation lost a race on the project: nothing was re-run.
    assertThat(rows).hasSize(DONORS).allMatch(DonationView::firstForDonor);
    assertThat(retries.get() - retriesBefore).isZero();

    ProjectProgressView progress = auditor.getProjectProgress(projectId);
    assertThat(progress.raisedHearts()).isEqualTo(DONORS * 3L);
    assertThat(progress.donations()).isEqualTo(DONORS);
    assertThat(progress.donors()).isEqualTo(DONORS);
    long listed = 0;
    String bookmark = "";
    do {
      DonationPage page = auditor.listDonations(new ListDonationsRequest(projectId, 10, bookmark));
      listed += page.donations().stream().mapToLong(DonationView::hearts).sum();
      bookmark = page.bookmark();
    } while (!bookmark.isEmpty());
    assertThat(listed).isEqualTo(progress.raisedHearts());
    for (String donor : donors) {
      assertThat(platform.getHeartsAccount(donor).balance()).isEqualTo(7);
    }

    ProjectView funded = platform.closeProject(new ProjectRequest(id(), projectId)).value();
    assertThat(funded.status()).isEqualTo(ProjectStatus.FUNDED);
    assertThat(funded.raisedHearts()).isEqualTo(DONORS * 3L);
    assertThat(funded.matchedAmount()).isEqualTo(MoneyAmount.parse("10.00"));
    assertThat(auditor.getProject(projectId)).isEqualTo(funded);
    refused(
        ErrorCode.PROJECT_CLOSED, () -> platform.closeProject(new ProjectRequest(id(), projectId)));
    refused(
        ErrorCode.PROJECT_CLOSED,
        () -> platform.donate(new DonateRequest(id(), projectId, donors.get(0), 1L)));
    assertThat(platform.getHeartsAccount(donors.get(0)).balance()).isEqualTo(7);
  }

  @Test
  void refusals_carry_their_code_and_change_nothing() {
    String projectId = launch(1_000, Instant.now().plus(Duration.ofHours(1)));
    String ann = volunteerWith(10);
    String bob = volunteerWith(10);
    String requestId = id();
    DonationView first = platform.donate(new DonateRequest(requestId, projectId, ann, 4L)).value();
    assertThat(platform.donate(new DonateRequest(requestId, projectId, ann, 4L)).value())
        .isEqualTo(first);
    refused(
        ErrorCode.IDEMPOTENCY_CONFLICT,
        () -> platform.donate(new DonateRequest(requestId, projectId, ann, 5L)));
    refused(
        ErrorCode.INSUFFICIENT_HEARTS,
        () -> platform.donate(new DonateRequest(id(), projectId, ann, 7L)));
    refused(
        ErrorCode.HEARTS_NOT_TRANSFERABLE,
        () ->
            platformLedger.transfer(
                new TransferRequest(
                    id(), ann, bob, CoinAmount.parse("1"), null, LedgerUnit.HEARTS)));
    refused(
        ErrorCode.PROJECT_TARGET_NOT_REACHED,
        () -> platform.closeProject(new ProjectRequest(id(), projectId)));
    refused(
        ErrorCode.ACCESS_DENIED,
        () ->
            HeartsLedger.over(platformLedger)
                .listDonations(new ListDonationsRequest(projectId, 10, "")));
    refused(
        ErrorCode.ACCESS_DENIED, () -> auditor.donate(new DonateRequest(id(), projectId, bob, 1L)));
    assertThat(platform.getHeartsAccount(ann))
        .isEqualTo(new HeartsAccountView(ann, LedgerUnit.HEARTS, 6, 10, 4, 0, 2));
    assertThat(platform.getHeartsAccount(bob).balance()).isEqualTo(10);
    assertThat(auditor.getProjectProgress(projectId).raisedHearts()).isEqualTo(4);
    // Nothing is final yet, so a checkpoint covers no row, and progress is unchanged.
    assertThat(platform.checkpointProgress(new ProjectRequest(id(), projectId)).value().donations())
        .isZero();
    assertThat(auditor.getProjectProgress(projectId).raisedHearts()).isEqualTo(4);
  }

  @Test
  void a_project_past_its_deadline_expires_and_every_donation_goes_back() throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(25));
    String projectId = launch(1_000, deadline);
    String ann = volunteerWith(10);
    String bob = volunteerWith(10);
    platform.donate(new DonateRequest(id(), projectId, ann, 3L));
    platform.donate(new DonateRequest(id(), projectId, bob, 4L));
    platform.donate(new DonateRequest(id(), projectId, ann, 2L));
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()) + 2_000);
    refused(
        ErrorCode.PROJECT_EXPIRED,
        () -> platform.donate(new DonateRequest(id(), projectId, bob, 1L)));

    ProjectView expired = platform.closeProject(new ProjectRequest(id(), projectId)).value();
    assertThat(expired.status()).isEqualTo(ProjectStatus.EXPIRED);
    assertThat(expired.raisedHearts()).isEqualTo(9);
    assertThat(expired.matchedAmount()).isEqualTo(MoneyAmount.ZERO);

    ReturnPage first =
        platform.returnDonations(new ReturnDonationsRequest(id(), projectId, 2)).value();
    ReturnPage last =
        platform.returnDonations(new ReturnDonationsRequest(id(), projectId, 2)).value();
    assertThat(first.complete()).isFalse();
    assertThat(last.complete()).isTrue();
    assertThat(first.entries().size() + last.entries().size()).isEqualTo(3);
    assertThat(last.entries()).allMatch(e -> e.type() == HeartsEntryType.RETURN);
    assertThat(platform.getHeartsAccount(ann).balance()).isEqualTo(10);
    assertThat(platform.getHeartsAccount(bob).balance()).isEqualTo(10);
    assertThat(auditor.getProject(projectId).returnedDonations()).isEqualTo(3);
    refused(
        ErrorCode.PROJECT_NOT_RETURNABLE,
        () -> platform.returnDonations(new ReturnDonationsRequest(id(), projectId, 2)));
  }
}
