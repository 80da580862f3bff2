package io.timecoin.model;

/**
 * Payload of {@link EventNames#CLAIM_FILED}. Nothing of the private details, not even their hash.
 *
 * @param claimId the new claim
 * @param voucherId the voucher claimed on
 * @param volunteerId the claimant
 * @param amountClaimed money claimed
 * @param currency the voucher's currency
 */
public record ClaimFiledEvent(
    String claimId,
    String voucherId,
    String volunteerId,
    MoneyAmount amountClaimed,
    String currency) {}
