package io.timecoin.auditstore.query;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The public part of a projected claim.
 *
 * @param decision APPROVED (also once paid) or REJECTED; {@code null} while undecided
 */
public record ClaimRow(
    String claimId,
    String voucherId,
    String volunteerId,
    LocalDate incidentDate,
    long amountClaimedUnits,
    String currency,
    String activityId,
    String status,
    String decision,
    Long approvedAmountUnits,
    String decisionReason,
    String paymentReference,
    Instant filedAt,
    Instant decidedAt,
    Instant paidAt,
    long blockNumber,
    String txId) {}
