package io.timecoin.auditstore.projection;

import io.timecoin.model.CoinAmount;
import io.timecoin.model.MoneyAmount;

/**
 * A voucher as the chaincode stores it under {@code voucher [voucherId]} (its domain {@code
 * Voucher}): without a status, which is derived from the time of whoever reads it.
 */
record StoredVoucher(
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
    String voidReason) {}
