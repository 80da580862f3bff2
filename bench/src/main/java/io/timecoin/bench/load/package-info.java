/**
 * The load machinery: closed-loop and fixed-rate runners, the rate schedule that keeps coordinated
 * omission out of the latencies, HdrHistogram recording, failures counted by cause and progress
 * lines. Knows nothing of timecoin's workloads.
 */
package io.timecoin.bench.load;
