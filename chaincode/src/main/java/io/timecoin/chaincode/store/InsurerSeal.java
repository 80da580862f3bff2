package io.timecoin.chaincode.store;

/**
 * Stored under {@code insurerseal []}: what the last insurance write put there. Nothing reads it;
 * the key exists for its key-level policy (see {@link LedgerKeys#insurerSeal()}).
 *
 * @param lastTxId the transaction that wrote the seal last
 */
record InsurerSeal(String lastTxId) {}
