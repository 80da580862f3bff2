package io.timecoin.auditstore.block;

import org.hyperledger.fabric.protos.common.Block;

/**
 * Where the projector gets blocks: in order, from a given number on. Today the auditor's own peer
 * ({@link GatewayBlockSource}); the block verifier can feed the projector by implementing this with
 * blocks it has checked.
 */
public interface BlockSource extends AutoCloseable {

  /**
   * Blocks from {@code startBlock} on, each exactly once and in order. {@link BlockStream#next()}
   * waits for blocks that are not cut yet.
   */
  BlockStream open(long startBlock);

  /** The number of blocks the source has now (the last block is {@code height() - 1}). */
  long height();

  @Override
  void close();

  /** An open stream of blocks; closing it stops the delivery. */
  interface BlockStream extends AutoCloseable {

    /** The next block, waiting for it as long as it takes. */
    Block next();

    @Override
    void close();
  }
}
