package io.timecoin.model;

/** Payload of {@link EventNames#DONATIONS_RETURNED}. */
public record DonationsReturnedEvent(
    String projectId, int returnedNow, long returnedDonations, boolean complete) {}
