package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.Submitter;
import io.timecoin.chaincode.contract.TimeCoinContract.Outcome;
import io.timecoin.chaincode.domain.Account;
import io.timecoin.chaincode.domain.DonationReward;
import io.timecoin.chaincode.domain.Hearts;
import io.timecoin.chaincode.domain.HeartsPolicy;
import io.timecoin.chaincode.domain.Posting;
import io.timecoin.chaincode.domain.Projects;
import io.timecoin.chaincode.domain.TxStamp;
import io.timecoin.chaincode.store.DonationRow;
import io.timecoin.chaincode.store.HeartsStore;
import io.timecoin.chaincode.store.Tally;
import io.timecoin.model.CancelProjectRequest;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DonateRequest;
import io.timecoin.model.DonationMadeEvent;
import io.timecoin.model.DonationPage;
import io.timecoin.model.DonationView;
import io.timecoin.model.DonationsReturnedEvent;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.HeartsEarnedEvent;
import io.timecoin.model.HeartsEntryView;
import io.timecoin.model.HeartsFields;
import io.timecoin.model.HeartsPolicySetEvent;
import io.timecoin.model.HeartsPolicyView;
import io.timecoin.model.LaunchProjectRequest;
import io.timecoin.model.LedgerUnit;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.ListDonationsRequest;
import io.timecoin.model.PolicyVersions;
import io.timecoin.model.ProgressCheckpointedEvent;
import io.timecoin.model.ProjectCancelledEvent;
import io.timecoin.model.ProjectClosedEvent;
import io.timecoin.model.ProjectLaunchedEvent;
import io.timecoin.model.ProjectProgressView;
import io.timecoin.model.ProjectRequest;
import io.timecoin.model.ProjectView;
import io.timecoin.model.RecordHeartsRequest;
import io.timecoin.model.ReturnDonationsRequest;
import io.timecoin.model.ReturnPage;
import io.timecoin.model.SetHeartsPolicyRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rules of the hearts and charity project transactions, routed from {@link TimeCoinContract}
 * like its own: load, domain rules, store; each returns the result and the one event.
 *
 * <p>A donation reads the project key (which changes only when the project is launched, closed or
 * settled), the checkpoint key (which changes a few times an hour at most) and the donor's own
 * keys, and writes a new row: donations to one project never conflict with one another.
 */
final class HeartsRules {

  /** Most rows one checkpoint transaction adds up; the next call goes on from there. */
  static final int CHECKPOINT_ROWS = 5_000;

  /**
   * How many timestamp windows back a row is final: one for how far back an endorser accepts a
   * write, one for how far apart endorsers' clocks may be, one to spare.
   */
  static final int FINAL_AFTER_WINDOWS = 3;

  private HeartsRules() {}

  /** Refuses a transfer of anything but coins: hearts never move between volunteers. */
  static void requireCoins(LedgerUnit unit) {
    if (unit == LedgerUnit.HEARTS) {
      throw new LedgerValidationException(
          ErrorCode.HEARTS_NOT_TRANSFERABLE,
          "hearts cannot be transferred between volunteers; they are spent only on donations");
    }
  }

  static Outcome setPolicy(
      TimeCoinContext ctx, Submitter submitter, SetHeartsPolicyRequest request) {
    HeartsPolicyView next =
        HeartsPolicy.next(ctx.hearts().currentPolicy(), request, ctx.stamp(submitter));
    ctx.hearts().putPolicy(next);
    return new Outcome(next, new HeartsPolicySetEvent(next.version()));
  }

  static Outcome recordHearts(
      TimeCoinContext ctx, Submitter submitter, RecordHeartsRequest request) {
    String volunteerId = request.volunteerId();
    Account account = ctx.ledger().requireAccount(volunteerId);
    HeartsPolicyView policy = HeartsPolicy.current(ctx.hearts().currentPolicy());
    HeartsPolicy.admitTask(policy, request.hearts());
    Hearts.Posting posting =
        Hearts.earn(
            ctx.hearts().account(volunteerId),
            account.view().status(),
            request,
            ctx.hearts().isTaskCredited(volunteerId, request.activityId()),
            policy.version(),
            ctx.stamp(submitter));
    HeartsEntryView entry = posting.entry();
    ctx.hearts().putAccount(posting.account());
    ctx.hearts().putEntry(entry);
    ctx.hearts().markTaskCredited(entry);
    return new Outcome(
        entry,
        new HeartsEarnedEvent(
            volunteerId,
            entry.entryId(),
            request.hearts(),
            entry.balanceAfter(),
            request.activityId()));
  }

  static Outcome launch(TimeCoinContext ctx, Submitter submitter, LaunchProjectRequest request) {
    if (ctx.hearts().findProject(request.projectId()).isPresent()) {
      throw new LedgerValidationException(
          ErrorCode.PROJECT_ALREADY_EXISTS, "a project with this id exists; ids are never reused");
    }
    ProjectView project = Projects.launch(request, ctx.stamp(submitter));
    ctx.hearts().putProject(project);
    return new Outcome(
        project,
        new ProjectLaunchedEvent(
            project.projectId(), project.targetHearts(), project.deadline(), project.sponsorId()));
  }

  static Outcome donate(TimeCoinContext ctx, Submitter submitter, DonateRequest request) {
    HeartsStore hearts = ctx.hearts();
    TxStamp tx = ctx.stamp(submitter);
    ProjectView project = hearts.requireProject(request.projectId());
    Projects.requireTakesDonations(project, ctx.time());
    hearts.touchCheckpoint(project.projectId());
    Account donor = ctx.ledger().requireAccount(request.volunteerId());
    Hearts.Posting posting =
        Hearts.donate(
            hearts.account(request.volunteerId()),
            donor.view().status(),
            project.projectId(),
            request.hearts(),
            request.requestId(),
            tx);
    boolean first = !hearts.hasDonated(project.projectId(), request.volunteerId());
    CoinAmount coins = CoinAmount.ZERO;
    String coinEntryId = null;
    HeartsPolicyView policy = hearts.currentPolicy().orElse(null);
    if (policy != null && policy.coinsPerDonation().isPositive()) {
      String day = HeartsPolicy.dayOf(policy, ctx.time());
      CoinAmount today = hearts.donationCoinsOn(request.volunteerId(), day);
      coins = HeartsPolicy.coinsFor(policy, today);
      if (coins.isPositive()) {
        Posting reward =
            DonationReward.credit(donor, coins, project.projectId(), request.requestId(), tx);
        ctx.ledger().putAccount(reward.account());
        ctx.ledger().putEntry(reward.entry());
        hearts.putDonationCoinsOn(request.volunteerId(), day, today.plus(coins));
        coinEntryId = reward.entry().entryId();
      }
    }
    DonationView donation =
        new DonationView(
            project.projectId(),
            request.volunteerId(),
            request.hearts(),
            first,
            posting.entry().entryId(),
            posting.entry().balanceAfter(),
            coins,
            coinEntryId,
            request.requestId(),
            tx.recordedBy(),
            tx.txId(),
            tx.timestamp());
    hearts.putAccount(posting.account());
    hearts.putEntry(posting.entry());
    hearts.putDonation(donation, ctx.time());
    return new Outcome(
        donation,
        new DonationMadeEvent(
            project.projectId(),
            request.volunteerId(),
            request.hearts(),
            first,
            posting.entry().balanceAfter(),
            coins));
  }

  static Outcome checkpoint(TimeCoinContext ctx, Submitter submitter, ProjectRequest request) {
    ProjectView project = ctx.hearts().requireProject(request.projectId());
    Projects.requireOpen(project);
    Instant finalBefore = ctx.time().minus(ctx.timestampWindow().multipliedBy(FINAL_AFTER_WINDOWS));
    Tally tally = ctx.hearts().checkpoint(project.projectId(), finalBefore, CHECKPOINT_ROWS);
    return new Outcome(
        progress(project, tally),
        new ProgressCheckpointedEvent(
            project.projectId(), tally.raisedHearts(), tally.donations()));
  }

  static Outcome close(TimeCoinContext ctx, Submitter submitter, ProjectRequest request) {
    ProjectView project = ctx.hearts().requireProject(request.projectId());
    Tally tally = ctx.hearts().tally(project.projectId());
    ProjectView closed =
        Projects.close(
            project, tally.raisedHearts(), tally.donations(), tally.donors(), ctx.stamp(submitter));
    ctx.hearts().putProject(closed);
    return new Outcome(
        closed,
        new ProjectClosedEvent(
            closed.projectId(),
            closed.status(),
            closed.raisedHearts(),
            closed.donations(),
            closed.donors(),
            closed.matchedAmount()));
  }

  static Outcome cancel(TimeCoinContext ctx, Submitter submitter, CancelProjectRequest request) {
    ProjectView project = ctx.hearts().requireProject(request.projectId());
    Tally tally = ctx.hearts().tally(project.projectId());
    ProjectView cancelled =
        Projects.cancel(
            project,
            tally.raisedHearts(),
            tally.donations(),
            tally.donors(),
            request.reason(),
            ctx.stamp(submitter));
    ctx.hearts().putProject(cancelled);
    return new Outcome(
        cancelled,
        new ProjectCancelledEvent(
            cancelled.projectId(), cancelled.raisedHearts(), cancelled.donations()));
  }

  /**
   * Gives back the next page of donations, in row order, each as its own RETURN entry; a donor with
   * several rows in the page gets one entry per row.
   */
  static Outcome returnDonations(
      TimeCoinContext ctx, Submitter submitter, ReturnDonationsRequest request) {
    HeartsStore hearts = ctx.hearts();
    ProjectView project = hearts.requireProject(request.projectId());
    Projects.requireReturnable(project);
    TxStamp tx = ctx.stamp(submitter);
    List<DonationRow> rows =
        hearts.rowsToReturn(project.projectId(), HeartsFields.pageSize(request.pageSize()));
    // Sorted by volunteer id: deterministic, and each account is read once and written once.
    Map<String, HeartsAccountView> accounts = new TreeMap<>();
    List<HeartsEntryView> entries = new ArrayList<>();
    for (int leg = 0; leg < rows.size(); leg++) {
      DonationView donation = rows.get(leg).donation();
      HeartsAccountView account = accounts.computeIfAbsent(donation.volunteerId(), hearts::account);
      Hearts.Posting posting = Hearts.giveBack(account, donation, request.requestId(), tx, leg);
      accounts.put(donation.volunteerId(), posting.account());
      entries.add(posting.entry());
    }
    accounts.values().forEach(hearts::putAccount);
    entries.forEach(hearts::putEntry);
    long returned = project.returnedDonations() + rows.size();
    if (!rows.isEmpty()) {
      hearts.advanceReturns(project.projectId(), rows.get(rows.size() - 1).key(), returned);
    }
    ProjectView after = Projects.withReturned(project, returned);
    hearts.putProject(after);
    boolean complete = returned >= project.donations();
    return new Outcome(
        new ReturnPage(project.projectId(), entries, returned, complete),
        new DonationsReturnedEvent(project.projectId(), rows.size(), returned, complete));
  }

  static HeartsAccountView heartsAccount(TimeCoinContext ctx, String volunteerId) {
    ctx.ledger().requireAccount(volunteerId);
    return ctx.hearts().account(volunteerId);
  }

  static HeartsPolicyView heartsPolicy(TimeCoinContext ctx, String version) {
    if (version.isEmpty()) {
      return HeartsPolicy.current(ctx.hearts().currentPolicy());
    }
    return ctx.hearts()
        .policy(PolicyVersions.parse(version))
        .orElseThrow(
            () ->
                new LedgerValidationException(
                    ErrorCode.POLICY_VERSION_NOT_FOUND,
                    "no hearts policy with this version has been set"));
  }

  /** Progress: the recorded totals of a closed project, else its checkpoint plus later rows. */
  static ProjectProgressView progress(TimeCoinContext ctx, String projectId) {
    ProjectView project = ctx.hearts().requireProject(projectId);
    if (!project.isOpen()) {
      return new ProjectProgressView(
          projectId,
          project.status(),
          project.targetHearts(),
          project.raisedHearts(),
          project.donations(),
          project.donors(),
          project.donations(),
          0);
    }
    return progress(project, ctx.hearts().tally(projectId));
  }

  static DonationPage donations(TimeCoinContext ctx, ListDonationsRequest request) {
    ctx.hearts().requireProject(request.projectId());
    HeartsStore.Page page =
        ctx.hearts()
            .donations(
                request.projectId(), HeartsFields.pageSize(request.pageSize()), request.bookmark());
    return new DonationPage(page.donations(), page.bookmark());
  }

  private static ProjectProgressView progress(ProjectView project, Tally tally) {
    return new ProjectProgressView(
        project.projectId(),
        project.status(),
        project.targetHearts(),
        tally.raisedHearts(),
        tally.donations(),
        tally.donors(),
        tally.checkpointedDonations(),
        tally.rowsRead());
  }
}
