/**
 * The timecoin chaincode, run as a service by {@code
 * org.hyperledger.fabric.contract.ContractRouter}.
 *
 * <ul>
 *   <li>{@code contract} - the one Fabric contract, {@code TimeCoinContract}: thin transaction
 *       functions, the per-transaction {@code TimeCoinContext}, and the boundary that turns every
 *       failure into a {@code [CODE] message} chaincode error.
 *   <li>{@code access} - who may do what: {@code AccessPolicy} maps MSP ids to the organisation
 *       roles ({@code TIMECOIN_ORG_ROLES}, failing closed) and checks them against each
 *       transaction's declaration in {@code io.timecoin.model.Transactions}; {@code Submitter} is
 *       the allowed submitter.
 *   <li>{@code domain} - business rules on immutable values: {@code Account} (earn, debit, credit,
 *       reverse, status), {@code Movements} (payments, transfers, reversals, all legs or none),
 *       {@code EarningPolicy} (per-activity and daily limits).
 *   <li>{@code store} - world-state layout: {@code LedgerKeys} builds every key, {@code
 *       LedgerStore} reads and writes state, {@code IdempotencyRecords} makes writes idempotent,
 *       {@code EntryPager} pages entries, {@code KeyHistory} reads Fabric's key history.
 *   <li>{@code support} - small helpers with no Fabric or domain knowledge.
 * </ul>
 *
 * <p>Every endorsing peer must compute the same result, so nothing here reads a clock, draws random
 * numbers, starts threads, touches files or the network, or keeps mutable static state; an ArchUnit
 * test holds the line. Wire types and JSON come from {@code io.timecoin.model}.
 *
 * <p>Each transaction reads only the keys it needs (no range scans in writes), so the only
 * contention is real: two writes to one account in one block conflict at commit ({@code
 * MVCC_READ_CONFLICT}), write nothing, and are retried by the client. See the module README.
 */
package io.timecoin.chaincode;
