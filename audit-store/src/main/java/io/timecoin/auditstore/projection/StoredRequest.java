package io.timecoin.auditstore.projection;

/**
 * What the chaincode stores under {@code request [requestId]} for every successful write (its
 * {@code RequestRecord}).
 */
record StoredRequest(
    String requestId,
    String function,
    String requestHash,
    String result,
    String txId,
    String recordedAt) {}
