/**
 * Measuring past saturation: an open-loop ramp of offered rates for W0, W0K, W1 and W2 with the CPU
 * of every network process sampled at each step, the saturation point of each workload, the CPU and
 * cryptographic floors, and the report with its charts ({@code --saturation}).
 */
package io.timecoin.bench.saturation;
