package io.timecoin.model;

/**
 * A request that writes to the ledger. Every write carries a client-chosen requestId, its
 * idempotency key: sending the same request again returns the first result and writes nothing.
 */
public interface WriteRequest {

  /**
   * The idempotency key, 1-128 characters of {@code [A-Za-z0-9_.:-]}.
   *
   * @return the requestId
   */
  String requestId();
}
