package io.timecoin.model;

/**
 * Payload of {@link EventNames#HEARTS_POLICY_SET}.
 *
 * @param version the new current version
 */
public record HeartsPolicySetEvent(long version) {}
