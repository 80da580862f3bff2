/**
 * The auditor's questions across the whole ledger, answered from the audit store (the auditor's
 * projection in PostgreSQL, read through audit-query) on the auditor's instance: parameters, the
 * store's failures as problems, rows as JSON, CSV and NDJSON.
 */
package io.timecoin.api.audit;
