package io.timecoin.model;

/** Payload of {@link EventNames#HEARTS_EARNED}. */
public record HeartsEarnedEvent(
    String volunteerId, String entryId, long hearts, long balanceAfter, String activityId) {}
