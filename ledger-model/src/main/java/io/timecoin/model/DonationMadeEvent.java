package io.timecoin.model;

/**
 * Payload of {@link EventNames#DONATION_MADE}: enough to update a progress view without a query.
 */
public record DonationMadeEvent(
    String projectId,
    String volunteerId,
    long hearts,
    boolean firstForDonor,
    long heartsBalanceAfter,
    CoinAmount coinsCredited) {}
