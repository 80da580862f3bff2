package io.timecoin.chaincode.store;

/**
 * Stored under {@code request [requestId]} by every successful write.
 *
 * @param requestId the client's idempotency key
 * @param function the transaction that processed it
 * @param requestHash SHA-256 (hex) of the function name and the canonical request JSON
 * @param result the result JSON returned the first time, returned again on replay
 * @param txId the transaction that processed it
 * @param recordedAt ISO-8601 UTC timestamp of that transaction
 */
record RequestRecord(
    String requestId,
    String function,
    String requestHash,
    String result,
    String txId,
    String recordedAt) {}
