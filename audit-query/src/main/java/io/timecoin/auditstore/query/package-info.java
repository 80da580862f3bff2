/**
 * The auditor's questions across the projected ledger; every answer says the block it is current
 * to. The package keeps the name it had inside audit-store (which writes the projection and reads
 * through it too), so callers' imports did not change when it moved to the Fabric-free module
 * audit-query.
 */
package io.timecoin.auditstore.query;
