package io.timecoin.model;

/** Payload of {@link EventNames#PROJECT_CLOSED}: FUNDED or EXPIRED, with the recorded totals. */
public record ProjectClosedEvent(
    String projectId,
    ProjectStatus status,
    long raisedHearts,
    long donations,
    long donors,
    MoneyAmount matchedAmount) {}
