package io.timecoin.auditstore.query;

import java.time.Instant;

/**
 * One projected entry with where it is on the chain. Amounts are minor units (1 coin = 100).
 *
 * @param blockNumber the block holding the transaction that wrote the entry
 * @param txIndex the transaction's position in that block
 */
public record EntryRow(
    String entryId,
    String volunteerId,
    long sequence,
    int leg,
    String type,
    long amountUnits,
    long balanceAfterUnits,
    String counterpartyId,
    String activityId,
    Integer minutes,
    String category,
    String verifier,
    String helpRequestId,
    String reversedEntryId,
    String memo,
    String reason,
    String requestId,
    String txId,
    Instant recordedAt,
    String recorderMsp,
    long blockNumber,
    int txIndex) {}
