/**
 * The timecoin chaincode, run as a service by {@code
 * org.hyperledger.fabric.contract.ContractRouter}.
 *
 * <ul>
 *   <li>{@code contract} - the one Fabric contract, {@code TimeCoinContract}: thin transaction
 *       functions, the per-transaction {@code TimeCoinContext}, and the boundary that turns every
 *       failure into a {@code [CODE] message} chaincode error.
 *   <li>{@code access} - who may do what: {@code AccessPolicy}, configured from {@code
 *       TIMECOIN_ORG_ROLES}, failing closed.
 *   <li>{@code domain} - business rules on immutable values ({@code Account.earn} and friends).
 *   <li>{@code store} - world-state layout: {@code LedgerKeys} builds every key, {@code
 *       LedgerStore} reads and writes state, {@code RequestLog} makes writes idempotent.
 *   <li>{@code support} - small helpers with no Fabric or domain knowledge.
 * </ul>
 *
 * <p>Every endorsing peer must compute the same result, so nothing here reads a clock, draws random
 * numbers, starts threads, touches files or the network, or keeps mutable static state; an ArchUnit
 * test holds the line. Wire types and JSON come from {@code io.timecoin.model}.
 */
package io.timecoin.chaincode;
