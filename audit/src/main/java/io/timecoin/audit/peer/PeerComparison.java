package io.timecoin.audit.peer;

import java.util.List;
import java.util.Optional;

/**
 * What the cross-peer check found.
 *
 * @param peers each peer's MSP, address, height and current block hash
 * @param comparedUpTo blocks below this number were compared (the lowest height of all peers)
 * @param firstDifference the first block whose header or commit hash differs between peers, if any
 */
public record PeerComparison(
    List<PeerHeight> peers, long comparedUpTo, Optional<Difference> firstDifference) {

  /** One peer's chain info. */
  public record PeerHeight(String mspId, String address, long height, String currentBlockHash) {}

  /**
   * A block on which the peers disagree.
   *
   * @param blockNumber the first differing block
   * @param detail which peers hold which hash
   */
  public record Difference(long blockNumber, String detail) {}

  public PeerComparison {
    peers = List.copyOf(peers);
  }

  /** Whether all peers hold the same blocks up to {@link #comparedUpTo()}. */
  public boolean agree() {
    return firstDifference.isEmpty();
  }
}
