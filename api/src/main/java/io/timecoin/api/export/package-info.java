/**
 * Entry exports shared by the HTTP route and the CLI: CSV (formula-injection safe) or NDJSON, paged
 * from the ledger and digested with SHA-256 as they are written.
 */
package io.timecoin.api.export;
