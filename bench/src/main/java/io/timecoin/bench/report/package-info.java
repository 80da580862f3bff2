/**
 * A run's results: the machine, network and per-workload figures, the targets compared with
 * them, and the JSON and Markdown files scripts/bench writes under bench/results/.
 */
package io.timecoin.bench.report;
