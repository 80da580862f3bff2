/**
 * Balances, totals, supply and voucher cover recomputed from the projected entries and held against
 * the chaincode's own state.
 */
package io.timecoin.auditstore.reconcile;
