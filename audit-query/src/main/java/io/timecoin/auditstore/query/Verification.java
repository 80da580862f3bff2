package io.timecoin.auditstore.query;

import java.time.Instant;
import java.util.List;

/**
 * What the auditor's own checks found, as recorded in the store (V5__verification.sql).
 *
 * @param progress how far the verifier has come, or null before its first block
 * @param breaks the most recent breaks, newest first (at most {@link #MAX_BREAKS})
 * @param totalBreaks every break ever recorded, in the peer's chain and in block copies
 * @param peerBreaks the breaks recorded in the auditor's own peer's chain (source {@code peer})
 * @param peers each peer in the last cross-peer check, empty before the first
 * @param reconciliation the last reconciliation, or null before the first
 */
public record Verification(
    Progress progress,
    List<BreakRow> breaks,
    long totalBreaks,
    long peerBreaks,
    List<PeerRow> peers,
    Reconciliation reconciliation) {

  /** The most breaks an answer lists. */
  public static final int MAX_BREAKS = 200;

  public Verification {
    breaks = List.copyOf(breaks);
    peers = List.copyOf(peers);
  }

  /** Blocks 0 .. height - 1 are verified. */
  public record Progress(
      long height, long blocks, long transactions, long signatures, Instant checkedAt) {}

  /** One break: where (block, transaction index or -1, tx id or ""), what, and when found. */
  public record BreakRow(
      String source,
      long blockNumber,
      int txIndex,
      String txId,
      String kind,
      String detail,
      Instant foundAt) {}

  /** One peer's chain at the last check; difference fields are null when the peers agree. */
  public record PeerRow(
      String mspId,
      String address,
      long height,
      String currentHash,
      long comparedUpTo,
      Long firstDifference,
      String difference,
      Instant checkedAt) {}

  /** A reconciliation's summary and differences. */
  public record Reconciliation(
      long currentToBlock,
      int accounts,
      long entries,
      int vouchers,
      List<Mismatch> mismatches,
      Instant checkedAt) {

    public Reconciliation {
      mismatches = List.copyOf(mismatches);
    }
  }

  /** One difference between the projection and the chaincode's state. */
  public record Mismatch(String kind, String subject, String firstEntryId, String detail) {}
}
