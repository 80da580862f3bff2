/**
 * World-state layout and access. {@link io.timecoin.chaincode.store.LedgerKeys} builds every key,
 * {@link io.timecoin.chaincode.store.LedgerStore} reads and writes accounts and entries, {@link
 * io.timecoin.chaincode.store.RequestLog} records processed requests for idempotency. All values
 * are canonical JSON from {@code LedgerJson}.
 */
package io.timecoin.chaincode.store;
