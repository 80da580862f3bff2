package io.timecoin.model;

/** Payload of {@link EventNames#PROGRESS_CHECKPOINTED}: the totals of the rows covered so far. */
public record ProgressCheckpointedEvent(String projectId, long raisedHearts, long donations) {}
