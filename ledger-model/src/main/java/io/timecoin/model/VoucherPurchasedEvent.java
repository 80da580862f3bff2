package io.timecoin.model;

/**
 * Payload of {@link EventNames#VOUCHER_PURCHASED}.
 *
 * @param voucherId the new voucher
 * @param volunteerId the buyer
 * @param productCode the product
 * @param coinsPaid coins burnt
 * @param balanceAfter the buyer's balance afterwards
 * @param entryId the VOUCHER_PURCHASE entry
 * @param coverageEnd end of the cover
 */
public record VoucherPurchasedEvent(
    String voucherId,
    String volunteerId,
    String productCode,
    CoinAmount coinsPaid,
    CoinAmount balanceAfter,
    String entryId,
    String coverageEnd) {}
