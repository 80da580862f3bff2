package io.timecoin.audit.peer;

import io.timecoin.audit.BlockListener;
import io.timecoin.audit.BlockVerifier;
import io.timecoin.audit.VerifiedBlock;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.common.Block;

/**
 * Feeds a verifier the blocks of the auditor's own peer, from where the verifier stands up to the
 * chain height the peer reports when the run starts, and hands each verified block to a listener.
 */
public final class ChainReader {

  private final PeerConnection peer;

  public ChainReader(PeerConnection peer) {
    this.peer = peer;
  }

  /**
   * Verifies blocks up to the peer's current height.
   *
   * @return the height the run went up to (the number of the last block verified plus one)
   */
  public long verifyToTip(BlockVerifier verifier, BlockListener listener) throws GatewayException {
    long height = peer.chainInfo().getHeight();
    long next = verifier.nextBlockNumber();
    if (next >= height) {
      return height;
    }
    try (CloseableIterator<Block> blocks = peer.blocksFrom(next)) {
      while (next < height && blocks.hasNext()) {
        VerifiedBlock verified = verifier.verify(blocks.next());
        listener.onBlock(verified);
        // Follow the block numbers the stream delivers, so a gap is reported once, not forever.
        next = verified.number() + 1;
      }
    }
    return height;
  }
}
