/**
 * The workloads W0-W6: what each one sends, through which path (raw gateway, ledger-client, HTTP
 * API), and the seeding each one needs before it is measured.
 */
package io.timecoin.bench.workload;
