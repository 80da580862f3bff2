package io.timecoin.audit;

/**
 * One public world-state read of a transaction, with the version it saw.
 *
 * @param namespace the chaincode namespace
 * @param key the key
 * @param blockNumber the block of the version read, or -1 if the key did not exist
 * @param transactionNumber the transaction of the version read, or -1 if the key did not exist
 */
public record StateRead(String namespace, String key, long blockNumber, long transactionNumber) {}
