package io.timecoin.audit;

/**
 * Counts of a verification run.
 *
 * @param blocks blocks verified
 * @param transactions transactions (block entries) checked
 * @param signatures signatures verified (orderer, creator and endorsement signatures)
 * @param breaks breaks found
 */
public record VerificationSummary(long blocks, long transactions, long signatures, long breaks) {}
