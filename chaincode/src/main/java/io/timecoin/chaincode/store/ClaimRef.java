package io.timecoin.chaincode.store;

/**
 * Stored in the claim indexes: which claim a row stands for.
 *
 * @param claimId the claim
 */
record ClaimRef(String claimId) {}
