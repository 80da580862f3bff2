package io.timecoin.model;

/**
 * Payload of {@link EventNames#CLAIM_DECIDED}.
 *
 * @param claimId the claim
 * @param voucherId its voucher
 * @param decision APPROVED or REJECTED
 * @param approvedAmount money approved, {@code null} for REJECTED
 * @param remainingCover the voucher's cover left afterwards
 */
public record ClaimDecidedEvent(
    String claimId,
    String voucherId,
    ClaimDecision decision,
    MoneyAmount approvedAmount,
    MoneyAmount remainingCover) {}
