/**
 * Ledger state writes to rows, and the projector that commits each batch of blocks with its
 * checkpoint in one SQL transaction.
 */
package io.timecoin.auditstore.projection;
