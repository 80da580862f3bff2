package io.timecoin.chaincode.store;

/**
 * Stored in the entry indexes: where the entry itself is.
 *
 * @param volunteerId the entry's account
 * @param sequence the entry's sequence in that account
 */
record EntryRef(String volunteerId, long sequence) {}
