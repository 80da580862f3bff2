package io.timecoin.model;

/** Payload of {@link EventNames#PROJECT_CANCELLED}, with the totals recorded at cancelling. */
public record ProjectCancelledEvent(String projectId, long raisedHearts, long donations) {}
