package io.timecoin.model;

/**
 * Payload of the {@link EventNames#PLATFORM_OPERATOR_STATUS_SET} chaincode event: one of the
 * platform's operator identities changed standing in the registry.
 *
 * @param mspId the identity's organisation
 * @param certificateId SHA-256 (hex) of the identity's certificate
 * @param status its new standing
 */
public record PlatformOperatorStatusSetEvent(
    String mspId, String certificateId, OperatorStatus status) {}
