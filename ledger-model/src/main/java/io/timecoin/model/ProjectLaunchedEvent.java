package io.timecoin.model;

/** Payload of {@link EventNames#PROJECT_LAUNCHED}. */
public record ProjectLaunchedEvent(
    String projectId, long targetHearts, String deadline, String sponsorId) {}
