/**
 * The auditor's query store: the VALID timecoin transactions of every block, projected into
 * PostgreSQL, reconciled with the chaincode's own state and queried across all accounts.
 *
 * <ul>
 *   <li>{@code block} - where blocks come from ({@code BlockSource}: the auditor's peer today, the
 *       block verifier later) and what a block holds for the projection ({@code BlockDecoder})
 *   <li>{@code db} - the database connection (pool, Flyway migrations)
 *   <li>{@code projection} - ledger state writes to rows, and the projector with its checkpoint
 *   <li>{@code reconcile} - balances and totals recomputed from entries, compared with the peer
 *   <li>{@code query} - the auditor's questions, each answer with the block height it is current to
 *   <li>{@code cli} - the {@code audit-store} command line ({@code project}, {@code reconcile})
 * </ul>
 */
package io.timecoin.auditstore;
