package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.testing.TestIdentities.Identity;
import io.timecoin.model.CancelProjectRequest;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.DonateRequest;
import io.timecoin.model.LaunchProjectRequest;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.ListDonationsRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.ProjectRequest;
import io.timecoin.model.RecordHeartsRequest;
import io.timecoin.model.ReturnDonationsRequest;
import io.timecoin.model.SetHeartsPolicyRequest;
import io.timecoin.model.TransactionNames;
import java.time.Instant;

/**
 * Runs the hearts and project functions on a {@link ContractHarness}, and builds their requests.
 */
final class HeartsFixtures {

  static final String DESCRIPTION =
      "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

  private final ContractHarness ledger;

  HeartsFixtures(ContractHarness ledger) {
    this.ledger = ledger;
  }

  String setHeartsPolicy(Identity caller, String json) {
    return ledger.submit(
        caller, TransactionNames.SET_HEARTS_POLICY, TimeCoinContract::setHeartsPolicy, json);
  }

  String recordHearts(Identity caller, String json) {
    return ledger.submit(
        caller, TransactionNames.RECORD_HEARTS, TimeCoinContract::recordHearts, json);
  }

  String launch(Identity caller, String json) {
    return ledger.submit(
        caller, TransactionNames.LAUNCH_PROJECT, TimeCoinContract::launchProject, json);
  }

  String donate(Identity caller, String json) {
    return ledger.submit(caller, TransactionNames.DONATE, TimeCoinContract::donate, json);
  }

  String checkpoint(Identity caller, String json) {
    return ledger.submit(
        caller, TransactionNames.CHECKPOINT_PROGRESS, TimeCoinContract::checkpointProgress, json);
  }

  String close(Identity caller, String json) {
    return ledger.submit(
        caller, TransactionNames.CLOSE_PROJECT, TimeCoinContract::closeProject, json);
  }

  String cancel(Identity caller, String json) {
    return ledger.submit(
        caller, TransactionNames.CANCEL_PROJECT, TimeCoinContract::cancelProject, json);
  }

  String returnDonations(Identity caller, String json) {
    return ledger.submit(
        caller, TransactionNames.RETURN_DONATIONS, TimeCoinContract::returnDonations, json);
  }

  String heartsAccount(Identity caller, String volunteerId) {
    return ledger.submit(
        caller,
        TransactionNames.GET_HEARTS_ACCOUNT,
        TimeCoinContract::getHeartsAccount,
        volunteerId);
  }

  String heartsPolicy(Identity caller, String version) {
    return ledger.submit(
        caller, TransactionNames.GET_HEARTS_POLICY, TimeCoinContract::getHeartsPolicy, version);
  }

  String project(Identity caller, String projectId) {
    return ledger.submit(
        caller, TransactionNames.GET_PROJECT, TimeCoinContract::getProject, projectId);
  }

  String progress(Identity caller, String projectId) {
    return ledger.submit(
        caller,
        TransactionNames.GET_PROJECT_PROGRESS,
        TimeCoinContract::getProjectProgress,
        projectId);
  }

  String listDonations(Identity caller, String json) {
    return ledger.submit(
        caller, TransactionNames.LIST_DONATIONS, TimeCoinContract::listDonations, json);
  }

  static String policy(String requestId, long maxPerTask, String coinsPerDonation, String cap) {
    return LedgerJson.write(
        new SetHeartsPolicyRequest(
            requestId,
            maxPerTask,
            CoinAmount.parse(coinsPerDonation),
            CoinAmount.parse(cap),
            "+08:00"));
  }

  static String task(String requestId, String volunteerId, String activityId, long hearts) {
    return LedgerJson.write(
        new RecordHeartsRequest(
            requestId, volunteerId, activityId, hearts, "branch-7", ContractHarness.EVIDENCE));
  }

  static String project(String requestId, String projectId, long target, Instant deadline) {
    return LedgerJson.write(
        new LaunchProjectRequest(
            requestId,
            projectId,
            target,
            deadline.toString(),
            DESCRIPTION,
            "sponsor-1",
            MoneyAmount.parse("5000.00"),
            "CNY",
            null,
            null));
  }

  static String matchedProject(
      String requestId,
      String projectId,
      long target,
      Instant deadline,
      String perHeart,
      String budget) {
    return LedgerJson.write(
        new LaunchProjectRequest(
            requestId,
            projectId,
            target,
            deadline.toString(),
            DESCRIPTION,
            "sponsor-1",
            MoneyAmount.parse("5000.00"),
            "CNY",
            MoneyAmount.parse(perHeart),
            MoneyAmount.parse(budget)));
  }

  static String donation(String requestId, String projectId, String volunteerId, long hearts) {
    return LedgerJson.write(new DonateRequest(requestId, projectId, volunteerId, hearts));
  }

  static String about(String requestId, String projectId) {
    return LedgerJson.write(new ProjectRequest(requestId, projectId));
  }

  static String cancellation(String requestId, String projectId) {
    return LedgerJson.write(new CancelProjectRequest(requestId, projectId, "venue unavailable"));
  }

  static String returns(String requestId, String projectId, Integer pageSize) {
    return LedgerJson.write(new ReturnDonationsRequest(requestId, projectId, pageSize));
  }

  static String page(String projectId, Integer pageSize, String bookmark) {
    return LedgerJson.write(new ListDonationsRequest(projectId, pageSize, bookmark));
  }
}
