package io.timecoin.model;

/** Payload of {@link EventNames#CLAIM_PAID}. */
public record ClaimPaidEvent(String claimId, String voucherId, MoneyAmount approvedAmount) {}
