package io.timecoin.auditstore.query;

/**
 * An answer and the block it is current to: every row of it reflects the ledger through block
 * {@code currentToBlock} and nothing after (read in one snapshot with the checkpoint).
 *
 * @param value the answer
 * @param currentToBlock the last projected block, {@code -1} if nothing is projected yet
 */
public record Answer<T>(T value, long currentToBlock) {}
