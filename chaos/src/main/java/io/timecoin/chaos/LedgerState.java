package io.timecoin.chaos;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the ledger says after the load, read through the API: the scenario's accounts with all their
 * entries, and the status of each write's requestId.
 *
 * @param accounts account id to its state
 * @param requests Idempotency-Key to what {@code GET /v1/requests/{requestId}} answered
 */
record LedgerState(Map<String, Account> accounts, Map<String, Request> requests) {

  /** One account as {@code GET /v1/volunteers/{id}/account} and its entries pages say. */
  record Account(BigDecimal balance, long entryCount, List<Entry> entries) {}

  /** One entry of an account. */
  record Entry(
      long sequence, String type, String requestId, BigDecimal amount, BigDecimal balanceAfter) {}

  /**
   * A requestId's status.
   *
   * @param status COMMITTED, PENDING, REJECTED, NOT_FOUND (404), or UNREADABLE (any other answer)
   * @param txId the committed transaction's id, or null
   */
  record Request(String status, String txId) {}
}
