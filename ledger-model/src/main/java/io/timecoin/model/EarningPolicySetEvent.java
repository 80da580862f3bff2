package io.timecoin.model;

/**
 * Payload of the {@link EventNames#EARNING_POLICY_SET} chaincode event.
 *
 * @param version the new current version
 */
public record EarningPolicySetEvent(long version) {}
