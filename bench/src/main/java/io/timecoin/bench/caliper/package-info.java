/**
 * An independent tool agrees ({@code scripts/bench --caliper}, issue 19 item 4): the Hyperledger
 * Caliper configuration for the network W1 just measured ({@link CaliperConfigs}, from the plan of
 * {@link CaliperPlan}), Caliper's figures read back from its report and from what the workload
 * module recorded ({@link CaliperRounds}), and the page that puts them beside W1's ({@link
 * CaliperComparison}). {@link CaliperCommand} is what scripts/bench runs.
 */
package io.timecoin.bench.caliper;
