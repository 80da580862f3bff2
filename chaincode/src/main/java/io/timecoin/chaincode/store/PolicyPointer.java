package io.timecoin.chaincode.store;

/**
 * Stored under {@code policycurrent []}.
 *
 * @param version the current earning policy version
 */
record PolicyPointer(long version) {}
