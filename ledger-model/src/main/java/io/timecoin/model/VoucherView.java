package io.timecoin.model;

/**
 * A voucher as a query or write returns it. The {@code status} is derived from the time of the
 * transaction that produced this view (see {@link VoucherStatus}); everything else is stored.
 *
 * @param voucherId the purchasing transaction's id
 * @param volunteerId the holder
 * @param productCode the product bought
 * @param coinsPaid coins burnt for it
 * @param coverageLimit most money paid over all its claims
 * @param remainingCover what is left of the limit after approved claims
 * @param currency ISO 4217 currency of the cover
 * @param coverageStart ISO-8601 UTC instant the cover starts (the purchase)
 * @param coverageEnd ISO-8601 UTC instant the cover ends (exclusive): start plus coverage days
 * @param status derived status
 * @param purchaseEntryId the VOUCHER_PURCHASE entry that burnt the coins
 * @param voidedAt ISO-8601 UTC instant of the void, {@code null} if not voided
 * @param voidReason the insurer's reason for the void, {@code null} if not voided
 */
public record VoucherView(
    String voucherId,
    String volunteerId,
    String productCode,
    CoinAmount coinsPaid,
    MoneyAmount coverageLimit,
    MoneyAmount remainingCover,
    String currency,
    String coverageStart,
    String coverageEnd,
    VoucherStatus status,
    String purchaseEntryId,
    String voidedAt,
    String voidReason) {

  public VoucherView {
    Fields.required(voucherId, "voucherId");
    Identifiers.requireVolunteerId(Fields.required(volunteerId, "volunteerId"));
    Fields.required(productCode, "productCode");
    Fields.required(coinsPaid, "coinsPaid");
    Fields.required(coverageLimit, "coverageLimit");
    Fields.required(remainingCover, "remainingCover");
    Fields.required(currency, "currency");
    Fields.required(coverageStart, "coverageStart");
    Fields.required(coverageEnd, "coverageEnd");
    Fields.required(status, "status");
    Fields.required(purchaseEntryId, "purchaseEntryId");
  }
}
