package io.timecoin.auditstore.query;

import java.time.Instant;

/**
 * How far the projection has come.
 *
 * @param checkpointBlock the last projected block, {@code -1} before the first
 * @param projectedAt when the projector committed that block, {@code null} before the first
 * @param lastBlockTime the latest creator timestamp of a transaction in that block ({@code null} if
 *     none is known): a Fabric block header carries no time of its own, so this is the closest the
 *     ledger gives to "when the block was made"
 */
public record ProjectionStatus(long checkpointBlock, Instant projectedAt, Instant lastBlockTime) {}
