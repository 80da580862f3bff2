package io.timecoin.chaincode.store;

/**
 * Stored under {@code reversal [txId]} once the movement of {@code txId} has been reversed.
 *
 * @param reversalTxId the reversing transaction
 */
record ReversalMarker(String reversalTxId) {}
