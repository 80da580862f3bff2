package io.timecoin.chaincode.domain;

import io.timecoin.model.ClaimDecision;
import io.timecoin.model.ClaimStatus;
import io.timecoin.model.ClaimView;
import io.timecoin.model.DecideClaimRequest;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.FileClaimRequest;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.MarkClaimPaidRequest;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.VoucherStatus;

/**
 * The rules of a claim's life: FILED, then APPROVED (within the voucher's remaining cover) or
 * REJECTED, then PAID for an approved one. Each step returns the new state; nothing is stored here.
 */
public final class Claims {

  private Claims() {}

  /** The outcome of a decision: the claim and its voucher afterwards. */
  public record Decision(ClaimView claim, Voucher voucher) {}

  /**
   * A new FILED claim. The voucher must be the claimant's (checked by the caller, who answers a
   * stranger's voucher as not found), neither VOIDED nor EXHAUSTED (an EXPIRED voucher still takes
   * claims for incidents inside its cover), the incident inside the cover, and no other claim open
   * for the same voucher and activity.
   */
  public static ClaimView file(
      FileClaimRequest request,
      Voucher voucher,
      boolean openClaimExists,
      String privateDetailsHash,
      TxStamp tx) {
    VoucherStatus status = voucher.statusAt(tx.time());
    if (status == VoucherStatus.VOIDED || status == VoucherStatus.EXHAUSTED) {
      throw new LedgerValidationException(
          ErrorCode.VOUCHER_NOT_ACTIVE, "no claims can be filed on a " + status + " voucher");
    }
    if (!voucher.covers(
        InsuranceFields.requireIncident(request.incidentDate(), "incidentDate"), tx.time())) {
      throw new LedgerValidationException(
          ErrorCode.INCIDENT_OUTSIDE_COVER,
          "the incident must lie inside the voucher's cover, which starts at the purchase instant,"
              + " and not in the future; a date alone means that whole day at UTC"
              + InsuranceFields.INCIDENT_DATE_OFFSET
              + ", so on the day of purchase give the time with its offset");
    }
    if (openClaimExists) {
      throw new LedgerValidationException(
          ErrorCode.CLAIM_ALREADY_OPEN,
          "a claim for this voucher and activity is still open (FILED or APPROVED and unpaid)");
    }
    return new ClaimView(
        tx.txId(),
        voucher.voucherId(),
        voucher.volunteerId(),
        request.incidentDate(),
        request.amountClaimed(),
        voucher.currency(),
        request.activityId(),
        request.evidenceHash(),
        privateDetailsHash,
        ClaimStatus.FILED,
        null,
        null,
        null,
        tx.timestamp(),
        null,
        null);
  }

  /**
   * Approves or rejects a FILED claim. An approval takes the amount off the voucher's remaining
   * cover: it must not exceed the amount claimed nor what is left, and the voucher must not be
   * VOIDED. A rejection leaves the voucher as it is.
   */
  public static Decision decide(
      ClaimView claim, Voucher voucher, DecideClaimRequest request, TxStamp tx) {
    if (claim.status() != ClaimStatus.FILED) {
      throw new LedgerValidationException(
          ErrorCode.CLAIM_ALREADY_DECIDED,
          "the claim was already decided; it is " + claim.status());
    }
    Voucher after = voucher;
    MoneyAmount approved = null;
    ClaimStatus status = ClaimStatus.REJECTED;
    if (request.decision() == ClaimDecision.APPROVED) {
      if (voucher.statusAt(tx.time()) == VoucherStatus.VOIDED) {
        throw new LedgerValidationException(
            ErrorCode.VOUCHER_NOT_ACTIVE, "claims on a VOIDED voucher can only be rejected");
      }
      approved = request.approvedAmount();
      if (approved.exceeds(claim.amountClaimed())) {
        throw new LedgerValidationException(
            ErrorCode.INVALID_AMOUNT, "the approved amount must not exceed the amount claimed");
      }
      after = voucher.withApproved(approved);
      status = ClaimStatus.APPROVED;
    }
    ClaimView decided =
        new ClaimView(
            claim.claimId(),
            claim.voucherId(),
            claim.volunteerId(),
            claim.incidentDate(),
            claim.amountClaimed(),
            claim.currency(),
            claim.activityId(),
            claim.evidenceHash(),
            claim.privateDetailsHash(),
            status,
            approved,
            request.reason(),
            null,
            claim.filedAt(),
            tx.timestamp(),
            null);
    return new Decision(decided, after);
  }

  /** Marks an APPROVED claim PAID. */
  public static ClaimView markPaid(ClaimView claim, MarkClaimPaidRequest request, TxStamp tx) {
    if (claim.status() != ClaimStatus.APPROVED) {
      throw new LedgerValidationException(
          ErrorCode.CLAIM_NOT_APPROVED,
          "only an APPROVED claim can be marked paid; it is " + claim.status());
    }
    return new ClaimView(
        claim.claimId(),
        claim.voucherId(),
        claim.volunteerId(),
        claim.incidentDate(),
        claim.amountClaimed(),
        claim.currency(),
        claim.activityId(),
        claim.evidenceHash(),
        claim.privateDetailsHash(),
        ClaimStatus.PAID,
        claim.approvedAmount(),
        claim.decisionReason(),
        request.paymentReference(),
        claim.filedAt(),
        claim.decidedAt(),
        tx.timestamp());
  }
}
