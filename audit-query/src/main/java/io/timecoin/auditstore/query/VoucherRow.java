package io.timecoin.auditstore.query;

import java.time.Instant;

/** A projected voucher with its status derived at the time asked for, as the chaincode does. */
public record VoucherRow(
    String voucherId,
    String volunteerId,
    String productCode,
    long coinsPaidUnits,
    long coverageLimitUnits,
    long remainingCoverUnits,
    String currency,
    Instant coverageStart,
    Instant coverageEnd,
    String status,
    String purchaseEntryId,
    Instant voidedAt,
    long blockNumber,
    String txId) {}
