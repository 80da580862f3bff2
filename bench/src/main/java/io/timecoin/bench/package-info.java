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
 * <p>The bench uses only ledger-client's public API: {@code TimeCoinLedger.connect} with a {@code
 * RetryListener} that counts retries, and {@code RawGateway} for the raw-gateway baselines.
 */
package io.timecoin.bench;
