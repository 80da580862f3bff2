package io.timecoin.chaincode.domain;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.InsuranceFields;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.MoneyAmount;
import io.timecoin.model.VoucherStatus;
import io.timecoin.model.VoucherView;
import java.time.Instant;

/**
 * A voucher as stored. Its status is not stored: {@link #statusAt} derives it from the time of the
 * transaction that looks, so every read and write agrees on it without a job that expires vouchers.
 *
 * @param voucherId the purchasing transaction's id
 * @param volunteerId the holder
 * @param productCode the product bought
 * @param coinsPaid coins burnt
 * @param coverageLimit most money paid over all claims
 * @param remainingCover the limit minus every approved amount
 * @param currency ISO 4217 currency of the cover
 * @param coverageStart the purchase's transaction time
 * @param coverageEnd start plus the product's coverage days (exclusive)
 * @param purchaseEntryId the VOUCHER_PURCHASE entry
 * @param voidedAt time of the void, or {@code null}
 * @param voidReason reason of the void, or {@code null}
 */
public record Voucher(
    String voucherId,
    String volunteerId,
    String productCode,
    CoinAmount coinsPaid,
    MoneyAmount coverageLimit,
    MoneyAmount remainingCover,
    String currency,
    String coverageStart,
    String coverageEnd,
    String purchaseEntryId,
    String voidedAt,
    String voidReason) {

  /**
   * The status at {@code now}: VOIDED, else EXPIRED from the end on, else EXHAUSTED, else ACTIVE.
   */
  public VoucherStatus statusAt(Instant now) {
    if (voidedAt != null) {
      return VoucherStatus.VOIDED;
    }
    if (!now.isBefore(Instant.parse(coverageEnd))) {
      return VoucherStatus.EXPIRED;
    }
    if (!remainingCover.isPositive()) {
      return VoucherStatus.EXHAUSTED;
    }
    return VoucherStatus.ACTIVE;
  }

  /** The wire view with the status at {@code now}. */
  public VoucherView viewAt(Instant now) {
    return new VoucherView(
        voucherId,
        volunteerId,
        productCode,
        coinsPaid,
        coverageLimit,
        remainingCover,
        currency,
        coverageStart,
        coverageEnd,
        statusAt(now),
        purchaseEntryId,
        voidedAt,
        voidReason);
  }

  /**
   * Whether an incident is covered: it lies wholly inside the cover, from the purchase instant
   * (included) to the end (excluded), and it has begun by {@code now}. An incident given as a date
   * alone spans that whole day, so on the day of purchase (or the last day) only an incident with a
   * time is covered: the cover starts at the purchase instant, not at the start of its day.
   */
  public boolean covers(InsuranceFields.IncidentTime incident, Instant now) {
    return !incident.from().isBefore(Instant.parse(coverageStart))
        && !incident.until().isAfter(Instant.parse(coverageEnd))
        && !incident.from().isAfter(now);
  }

  /** The voucher with {@code amount} taken off its remaining cover. */
  public Voucher withApproved(MoneyAmount amount) {
    if (amount.exceeds(remainingCover)) {
      throw new LedgerValidationException(
          ErrorCode.COVER_EXCEEDED,
          "the approved amount exceeds the voucher's remaining cover of " + remainingCover);
    }
    return new Voucher(
        voucherId,
        volunteerId,
        productCode,
        coinsPaid,
        coverageLimit,
        remainingCover.minus(amount),
        currency,
        coverageStart,
        coverageEnd,
        purchaseEntryId,
        voidedAt,
        voidReason);
  }

  /** The voucher voided at {@code time}; only an ACTIVE voucher can be voided. */
  public Voucher voided(String reason, Instant time) {
    VoucherStatus status = statusAt(time);
    if (status != VoucherStatus.ACTIVE) {
      throw new LedgerValidationException(
          ErrorCode.VOUCHER_NOT_ACTIVE, "only an ACTIVE voucher can be voided; it is " + status);
    }
    return new Voucher(
        voucherId,
        volunteerId,
        productCode,
        coinsPaid,
        coverageLimit,
        remainingCover,
        currency,
        coverageStart,
        coverageEnd,
        purchaseEntryId,
        time.toString(),
        reason);
  }
}
