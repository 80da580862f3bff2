package io.timecoin.client;

import io.timecoin.model.CancelProjectRequest;
import io.timecoin.model.DonateRequest;
import io.timecoin.model.DonationPage;
import io.timecoin.model.DonationView;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.HeartsEntryView;
import io.timecoin.model.HeartsPolicyView;
import io.timecoin.model.LaunchProjectRequest;
import io.timecoin.model.ListDonationsRequest;
import io.timecoin.model.ProjectProgressView;
import io.timecoin.model.ProjectRequest;
import io.timecoin.model.ProjectView;
import io.timecoin.model.RecordHeartsRequest;
import io.timecoin.model.ReturnDonationsRequest;
import io.timecoin.model.ReturnPage;
import io.timecoin.model.SetHeartsPolicyRequest;
import io.timecoin.model.Transactions;
import java.util.Objects;

/**
 * Typed calls for hearts and charity projects over a {@link TimeCoinLedger}: every method is one
 * transaction of {@link Transactions}, sent through the ledger's one write or read path (retries,
 * idempotency and outcome resolution included). Hearts are whole numbers, never transferable; a
 * donation writes its own row, so thousands of donors can give to one project at once.
 *
 * <pre>{@code
 * HeartsLedger hearts = HeartsLedger.over(ledger);
 * hearts.donate(new DonateRequest(requestId, "school-7", "vol-42", 5L));
 * ProjectProgressView progress = hearts.getProjectProgress("school-7");
 * }</pre>
 */
public final class HeartsLedger {

  private final TimeCoinLedger ledger;

  private HeartsLedger(TimeCoinLedger ledger) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
  }

  /**
   * Hearts calls over {@code ledger}; the ledger stays the caller's to close.
   *
   * @param ledger a connected ledger.
   * @return the hearts calls.
   */
  public static HeartsLedger over(TimeCoinLedger ledger) {
    return new HeartsLedger(ledger);
  }

  /**
   * Sets a new version of the hearts policy ({@code SetHeartsPolicy}).
   *
   * @param request hearts per task and the coins a donation earns per day.
   * @return the new version.
   * @throws LedgerRejectedException e.g. {@code ACCESS_DENIED}.
   */
  public Committed<HeartsPolicyView> setHeartsPolicy(SetHeartsPolicyRequest request) {
    return ledger.submit(Transactions.SET_HEARTS_POLICY, request);
  }

  /**
   * Credits the hearts of one verified charity task ({@code RecordHearts}).
   *
   * @param request the volunteer, task and hearts.
   * @return the EARN hearts entry.
   * @throws LedgerRejectedException e.g. {@code HEARTS_LIMIT_EXCEEDED}, {@code DUPLICATE_ACTIVITY},
   *     {@code HEARTS_POLICY_NOT_SET}, {@code ACCOUNT_NOT_ACTIVE}.
   */
  public Committed<HeartsEntryView> recordHearts(RecordHeartsRequest request) {
    return ledger.submit(Transactions.RECORD_HEARTS, request);
  }

  /**
   * Launches a charity project ({@code LaunchProject}); the ledger records the launching identity.
   *
   * @param request target, deadline, description hash, sponsor pledge and optional match.
   * @return the OPEN project.
   * @throws LedgerRejectedException e.g. {@code PROJECT_ALREADY_EXISTS}, {@code INVALID_ARGUMENT}
   *     (a deadline in the past).
   */
  public Committed<ProjectView> launchProject(LaunchProjectRequest request) {
    return ledger.submit(Transactions.LAUNCH_PROJECT, request);
  }

  /**
   * Gives hearts to an OPEN project ({@code Donate}): one new row, never a project total.
   *
   * @param request the project, donor and hearts; its requestId names the row.
   * @return the donation row.
   * @throws LedgerRejectedException e.g. {@code INSUFFICIENT_HEARTS}, {@code PROJECT_CLOSED},
   *     {@code PROJECT_EXPIRED}, {@code IDEMPOTENCY_CONFLICT}.
   */
  public Committed<DonationView> donate(DonateRequest request) {
    return ledger.submit(Transactions.DONATE, request);
  }

  /**
   * Adds the project's final rows to its progress checkpoint ({@code CheckpointProgress}), so that
   * progress reads only the rows after it; call it now and then (e.g. every few minutes).
   *
   * @param request the project.
   * @return the totals the checkpoint now covers.
   * @throws LedgerRejectedException e.g. {@code PROJECT_CLOSED}.
   */
  public Committed<ProjectProgressView> checkpointProgress(ProjectRequest request) {
    return ledger.submit(Transactions.CHECKPOINT_PROGRESS, request);
  }

  /**
   * Closes a project once ({@code CloseProject}): FUNDED when its rows reach the target, EXPIRED
   * from its deadline on otherwise; the totals and the sponsor's match are recorded.
   *
   * @param request the project.
   * @return the closed project.
   * @throws LedgerRejectedException e.g. {@code PROJECT_TARGET_NOT_REACHED}, {@code
   *     PROJECT_CLOSED}.
   */
  public Committed<ProjectView> closeProject(ProjectRequest request) {
    return ledger.submit(Transactions.CLOSE_PROJECT, request);
  }

  /**
   * Calls off an OPEN project ({@code CancelProject}).
   *
   * @param request the project and the reason.
   * @return the CANCELLED project.
   * @throws LedgerRejectedException e.g. {@code PROJECT_CLOSED}.
   */
  public Committed<ProjectView> cancelProject(CancelProjectRequest request) {
    return ledger.submit(Transactions.CANCEL_PROJECT, request);
  }

  /**
   * Gives back the next page of an EXPIRED or CANCELLED project's donations ({@code
   * ReturnDonations}), each as its own RETURN entry; call until {@link ReturnPage#complete()}.
   *
   * @param request the project and the page size.
   * @return the entries written and whether all are back.
   * @throws LedgerRejectedException e.g. {@code PROJECT_NOT_RETURNABLE}.
   */
  public Committed<ReturnPage> returnDonations(ReturnDonationsRequest request) {
    return ledger.submit(Transactions.RETURN_DONATIONS, request);
  }

  /**
   * A volunteer's hearts ({@code GetHeartsAccount}).
   *
   * @param volunteerId a registered volunteer.
   * @return the hearts balance and totals.
   * @throws LedgerRejectedException e.g. {@code VOLUNTEER_NOT_FOUND}.
   */
  public HeartsAccountView getHeartsAccount(String volunteerId) {
    return ledger.evaluate(Transactions.GET_HEARTS_ACCOUNT, volunteerId);
  }

  /**
   * The hearts policy ({@code GetHeartsPolicy}).
   *
   * @param version {@code ""} for the one in force, else a version number.
   * @return that version.
   * @throws LedgerRejectedException e.g. {@code HEARTS_POLICY_NOT_SET}, {@code
   *     POLICY_VERSION_NOT_FOUND}.
   */
  public HeartsPolicyView getHeartsPolicy(String version) {
    return ledger.evaluate(Transactions.GET_HEARTS_POLICY, version);
  }

  /**
   * A project ({@code GetProject}).
   *
   * @param projectId the project.
   * @return the project, with its totals once closed.
   * @throws LedgerRejectedException e.g. {@code PROJECT_NOT_FOUND}.
   */
  public ProjectView getProject(String projectId) {
    return ledger.evaluate(Transactions.GET_PROJECT, projectId);
  }

  /**
   * What a project has raised: the sum of its rows ({@code GetProjectProgress}).
   *
   * @param projectId the project.
   * @return hearts raised, donations and donors.
   * @throws LedgerRejectedException e.g. {@code PROJECT_NOT_FOUND}.
   */
  public ProjectProgressView getProjectProgress(String projectId) {
    return ledger.evaluate(Transactions.GET_PROJECT_PROGRESS, projectId);
  }

  /**
   * One page of a project's donation rows ({@code ListDonations}); auditors only.
   *
   * @param query the project, page size and bookmark.
   * @return the rows and the next bookmark.
   * @throws LedgerRejectedException e.g. {@code ACCESS_DENIED}, {@code INVALID_PAGE}.
   */
  public DonationPage listDonations(ListDonationsRequest query) {
    return ledger.evaluate(Transactions.LIST_DONATIONS, query);
  }
}
