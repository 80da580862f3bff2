package io.timecoin.chaincode.domain;

import io.timecoin.model.AccountStatus;
import io.timecoin.model.DonationView;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.HeartsAccountView;
import io.timecoin.model.HeartsEntryType;
import io.timecoin.model.HeartsEntryView;
import io.timecoin.model.HeartsFields;
import io.timecoin.model.LedgerUnit;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.RecordHeartsRequest;

/**
 * The rules of the hearts unit: earned for verified charity tasks, spent only on donations, given
 * back only from a project that did not get funded. Hearts never move between volunteers. Every
 * movement returns the account afterwards and the entry that records it; totals only grow, so for
 * every account {@code totalEarned + totalReturned = balance + totalDonated}.
 */
public final class Hearts {

  private Hearts() {}

  /** The account after a movement and the entry recording it. */
  public record Posting(HeartsAccountView account, HeartsEntryView entry) {}

  /** Credits one task's hearts; the coin account must be ACTIVE and the task not credited. */
  public static Posting earn(
      HeartsAccountView account,
      AccountStatus status,
      RecordHeartsRequest request,
      boolean taskCredited,
      long policyVersion,
      TxStamp tx) {
    requireActive(status);
    if (taskCredited) {
      throw new LedgerValidationException(
          ErrorCode.DUPLICATE_ACTIVITY,
          "this task has already earned hearts for this volunteer; each task earns once");
    }
    long hearts = request.hearts();
    HeartsAccountView after =
        new HeartsAccountView(
            account.volunteerId(),
            LedgerUnit.HEARTS,
            HeartsFields.add(account.balance(), hearts),
            HeartsFields.add(account.totalEarned(), hearts),
            account.totalDonated(),
            account.totalReturned(),
            account.entryCount() + 1);
    return new Posting(
        after,
        entry(
            after,
            HeartsEntryType.EARN,
            hearts,
            request.activityId(),
            request.verifier(),
            request.evidenceHash(),
            policyVersion,
            null,
            null,
            request.requestId(),
            tx,
            0));
  }

  /** Takes a donation off an ACTIVE account that holds at least that many hearts. */
  public static Posting donate(
      HeartsAccountView account,
      AccountStatus status,
      String projectId,
      long hearts,
      String requestId,
      TxStamp tx) {
    requireActive(status);
    if (account.balance() < hearts) {
      throw new LedgerValidationException(
          ErrorCode.INSUFFICIENT_HEARTS,
          "the volunteer holds "
              + account.balance()
              + " hearts, fewer than the donation; earn more hearts or donate fewer");
    }
    HeartsAccountView after =
        new HeartsAccountView(
            account.volunteerId(),
            LedgerUnit.HEARTS,
            account.balance() - hearts,
            account.totalEarned(),
            HeartsFields.add(account.totalDonated(), hearts),
            account.totalReturned(),
            account.entryCount() + 1);
    return new Posting(
        after,
        entry(
            after,
            HeartsEntryType.DONATION,
            -hearts,
            null,
            null,
            null,
            null,
            projectId,
            null,
            requestId,
            tx,
            0));
  }

  /**
   * Gives one donation back to its donor, whatever the status of the coin account: the hearts were
   * theirs, and a frozen account must not keep a project from settling.
   */
  public static Posting giveBack(
      HeartsAccountView account, DonationView donation, String requestId, TxStamp tx, int leg) {
    if (!account.volunteerId().equals(donation.volunteerId())) {
      throw new IllegalArgumentException("the donation is another volunteer's");
    }
    HeartsAccountView after =
        new HeartsAccountView(
            account.volunteerId(),
            LedgerUnit.HEARTS,
            HeartsFields.add(account.balance(), donation.hearts()),
            account.totalEarned(),
            account.totalDonated(),
            HeartsFields.add(account.totalReturned(), donation.hearts()),
            account.entryCount() + 1);
    return new Posting(
        after,
        entry(
            after,
            HeartsEntryType.RETURN,
            donation.hearts(),
            null,
            null,
            null,
            null,
            donation.projectId(),
            donation.txId(),
            requestId,
            tx,
            leg));
  }

  /** Hearts entry ids carry an {@code h}, so that they never equal a coin entry's id. */
  public static String entryId(TxStamp tx, int leg) {
    return tx.txId() + ":h" + leg;
  }

  private static HeartsEntryView entry(
      HeartsAccountView after,
      HeartsEntryType type,
      long amount,
      String activityId,
      String verifier,
      String evidenceHash,
      Long policyVersion,
      String projectId,
      String donationTxId,
      String requestId,
      TxStamp tx,
      int leg) {
    return new HeartsEntryView(
        entryId(tx, leg),
        after.volunteerId(),
        after.entryCount(),
        LedgerUnit.HEARTS,
        type,
        amount,
        after.balance(),
        activityId,
        verifier,
        evidenceHash,
        policyVersion,
        projectId,
        donationTxId,
        requestId,
        tx.txId(),
        tx.timestamp(),
        tx.recordedBy());
  }

  private static void requireActive(AccountStatus status) {
    if (status != AccountStatus.ACTIVE) {
      throw new LedgerValidationException(
          ErrorCode.ACCOUNT_NOT_ACTIVE,
          "an account is " + status + "; only ACTIVE accounts earn or donate hearts");
    }
  }
}
