package io.timecoin.chaincode.domain;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.LaunchProjectRequest;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ProjectStatus;
import io.timecoin.model.ProjectView;
import java.time.Instant;

/**
 * The rules of a charity project's life: OPEN until it is closed once, as FUNDED (target reached),
 * EXPIRED (deadline passed short of the target) or CANCELLED (called off); the totals are recorded
 * at that moment from the donation rows. Donations keep coming while it is OPEN and before its
 * deadline, even past the target: the target is what closing checks, not a cap.
 */
public final class Projects {

  private Projects() {}

  /** A new OPEN project; the deadline must lie after the launch. */
  public static ProjectView launch(LaunchProjectRequest request, TxStamp tx) {
    Instant deadline = Instant.parse(request.deadline());
    if (!deadline.isAfter(tx.time())) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_ARGUMENT, "deadline must lie after the launch");
    }
    return new ProjectView(
        request.projectId(),
        ProjectStatus.OPEN,
        request.targetHearts(),
        deadline.toString(),
        request.descriptionHash(),
        request.sponsorId(),
        request.pledge(),
        request.currency(),
        request.matchPerHeart(),
        request.matchBudget(),
        tx.recordedBy(),
        tx.timestamp(),
        tx.txId(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  /** Refuses a donation to a project that is closed or past its deadline. */
  public static void requireTakesDonations(ProjectView project, Instant time) {
    requireOpen(project);
    if (!time.isBefore(Instant.parse(project.deadline()))) {
      throw new LedgerValidationException(
          ErrorCode.PROJECT_EXPIRED,
          "the project's deadline has passed; it takes no more donations");
    }
  }

  /**
   * Closes an OPEN project with the totals of its rows: FUNDED once the target is reached (at any
   * time), EXPIRED from the deadline on if it is not; before both, closing is refused.
   */
  public static ProjectView close(
      ProjectView project, long raised, long donations, long donors, TxStamp tx) {
    requireOpen(project);
    ProjectStatus status;
    if (raised >= project.targetHearts()) {
      status = ProjectStatus.FUNDED;
    } else if (!tx.time().isBefore(Instant.parse(project.deadline()))) {
      status = ProjectStatus.EXPIRED;
    } else {
      throw new LedgerValidationException(
          ErrorCode.PROJECT_TARGET_NOT_REACHED,
          "the project has raised "
              + raised
              + " of "
              + project.targetHearts()
              + " hearts and its deadline has not come; close it when either happens, or cancel"
              + " it");
    }
    return closed(project, status, raised, donations, donors, null, tx);
  }

  /** Calls off an OPEN project; its donations are to be given back. */
  public static ProjectView cancel(
      ProjectView project, long raised, long donations, long donors, String reason, TxStamp tx) {
    requireOpen(project);
    return closed(project, ProjectStatus.CANCELLED, raised, donations, donors, reason, tx);
  }

  /**
   * The sponsor's match for a FUNDED project: matchPerHeart for every heart raised, at most the
   * budget; zero for any other outcome or without a match.
   */
  public static MoneyAmount match(ProjectView project, ProjectStatus status, long raised) {
    if (status != ProjectStatus.FUNDED || project.matchPerHeart() == null) {
      return MoneyAmount.ZERO;
    }
    long budget = project.matchBudget().units();
    try {
      return MoneyAmount.ofUnits(
          Math.min(Math.multiplyExact(project.matchPerHeart().units(), raised), budget));
    } catch (ArithmeticException e) {
      // Far beyond any budget: the budget is what is paid.
      return project.matchBudget();
    }
  }

  /** Whether donations are to be given back: EXPIRED or CANCELLED, and not all given back yet. */
  public static void requireReturnable(ProjectView project) {
    boolean failed =
        project.status() == ProjectStatus.EXPIRED || project.status() == ProjectStatus.CANCELLED;
    if (!failed) {
      throw new LedgerValidationException(
          ErrorCode.PROJECT_NOT_RETURNABLE,
          "donations go back only from an EXPIRED or CANCELLED project; this one is "
              + project.status());
    }
    if (project.returnedDonations() >= project.donations()) {
      throw new LedgerValidationException(
          ErrorCode.PROJECT_NOT_RETURNABLE, "every donation of this project has been given back");
    }
  }

  /** The project with {@code returnedDonations} of its donations given back so far. */
  public static ProjectView withReturned(ProjectView project, long returnedDonations) {
    return new ProjectView(
        project.projectId(),
        project.status(),
        project.targetHearts(),
        project.deadline(),
        project.descriptionHash(),
        project.sponsorId(),
        project.pledge(),
        project.currency(),
        project.matchPerHeart(),
        project.matchBudget(),
        project.launchedBy(),
        project.launchedAt(),
        project.txId(),
        project.raisedHearts(),
        project.donations(),
        project.donors(),
        project.matchedAmount(),
        project.closedAt(),
        project.closedBy(),
        project.closeReason(),
        returnedDonations);
  }

  private static ProjectView closed(
      ProjectView project,
      ProjectStatus status,
      long raised,
      long donations,
      long donors,
      String reason,
      TxStamp tx) {
    return new ProjectView(
        project.projectId(),
        status,
        project.targetHearts(),
        project.deadline(),
        project.descriptionHash(),
        project.sponsorId(),
        project.pledge(),
        project.currency(),
        project.matchPerHeart(),
        project.matchBudget(),
        project.launchedBy(),
        project.launchedAt(),
        project.txId(),
        raised,
        donations,
        donors,
        match(project, status, raised),
        tx.timestamp(),
        tx.recordedBy(),
        reason,
        0);
  }

  /** Refuses anything but an OPEN project. */
  public static void requireOpen(ProjectView project) {
    if (!project.isOpen()) {
      throw new LedgerValidationException(
          ErrorCode.PROJECT_CLOSED,
          "the project is " + project.status() + "; it takes no donations and closes only once");
    }
  }
}
