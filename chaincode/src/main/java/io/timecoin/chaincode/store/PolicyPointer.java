package io.timecoin.chaincode.store;

/**
 * Stored under {@code policycurrent []} and {@code heartspolicycurrent []} by ledgers written
 * before those keys held a copy of the current version ({@link CurrentVersion}); still read there.
 *
 * @param version the current earning policy version
 */
record PolicyPointer(long version) {}
