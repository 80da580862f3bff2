/**
 * World-state layout and access. {@link io.timecoin.chaincode.store.LedgerKeys} builds every key,
 * {@link io.timecoin.chaincode.store.LedgerStore} reads and writes accounts and entries, {@link
 * io.timecoin.chaincode.store.IdempotencyRecords} records processed requests for idempotency,
 * {@link io.timecoin.chaincode.store.InsuranceStore} keeps voucher products, vouchers and claims
 * (with the claims' private details in their collection and the key-level policy on each claim
 * key). All values are canonical JSON from {@code LedgerJson}.
 */
package io.timecoin.chaincode.store;
