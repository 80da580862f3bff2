/**
 * The CPU limit: CPU time of every process of the network and of the load generator, read from
 * {@code /proc} around each measurement and turned into milliseconds per committed transaction, and
 * the cryptographic floor (ECDSA signatures per transaction times their measured cost).
 */
package io.timecoin.bench.cpu;
