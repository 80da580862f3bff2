/**
 * The auditor's questions across the projected ledger; every answer says the block it is current
 * to.
 */
package io.timecoin.auditstore.query;
