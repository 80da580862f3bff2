/**
 * timecoin's load generator, run by scripts/bench. Package map:
 *
 * <ul>
 *   <li>{@code io.timecoin.bench} - the command line ({@link io.timecoin.bench.BenchCommand})
 *   <li>{@code io.timecoin.bench.load} - runners, schedule, recording
 *   <li>{@code io.timecoin.bench.workload} - the workloads W0-W6
 *   <li>{@code io.timecoin.bench.report} - results as JSON and Markdown, targets
 *   <li>{@code io.timecoin.bench.putchaincode} - the one-key chaincode of the W0 baseline
 * </ul>
 *
 * <p>{@code io.timecoin.client.BenchLedgers} in this module reaches into ledger-client's
 * package-private wiring, so the client's public API gains nothing for benchmarks.
 */
package io.timecoin.bench;
