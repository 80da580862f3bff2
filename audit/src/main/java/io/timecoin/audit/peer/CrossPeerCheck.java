package io.timecoin.audit.peer;

import io.timecoin.audit.BlockHashes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.common.Metadata;

/**
 * Compares the peers' chains through qscc on each peer: heights, then block fingerprints. By
 * default it compares what is cumulative — the header hash (which chains every earlier header) and
 * the commit hash (which each peer chains over every earlier block's valid writes) — at the last
 * common block, and if they differ bisects to the first differing block: a few block reads per peer
 * whatever the height. With {@link #everyBlock()} it reads every block from every peer and also
 * compares each block's data recomputed from its entries, which finds a peer that serves altered
 * entries under an intact header (the auditor's own peer is covered by the verifier).
 */
public final class CrossPeerCheck {

  private final List<? extends PeerView> peers;
  private boolean everyBlock;

  public CrossPeerCheck(List<? extends PeerView> peers) {
    if (peers.size() < 2) {
      throw new IllegalArgumentException("comparing peers needs at least two of them");
    }
    this.peers = List.copyOf(peers);
  }

  /**
   * Compares every block (data included) instead of bisecting over cumulative hashes.
   *
   * @return this check
   */
  public CrossPeerCheck everyBlock() {
    this.everyBlock = true;
    return this;
  }

  public PeerComparison run() throws GatewayException {
    List<PeerComparison.PeerHeight> heights = new ArrayList<>();
    long common = Long.MAX_VALUE;
    for (PeerView peer : peers) {
      BlockchainInfo info = peer.chainInfo();
      heights.add(
          new PeerComparison.PeerHeight(
              peer.mspId(),
              peer.address(),
              info.getHeight(),
              HexFormat.of().formatHex(info.getCurrentBlockHash().toByteArray())));
      common = Math.min(common, info.getHeight());
    }
    if (common == 0) {
      return new PeerComparison(heights, 0, Optional.empty());
    }
    if (everyBlock) {
      for (long number = 0; number < common; number++) {
        Optional<String> difference = differenceAt(number, true);
        if (difference.isPresent()) {
          return new PeerComparison(
              heights,
              common,
              Optional.of(new PeerComparison.Difference(number, difference.get())));
        }
      }
      return new PeerComparison(heights, common, Optional.empty());
    }
    long last = common - 1;
    Optional<String> atLast = differenceAt(last, false);
    if (atLast.isEmpty()) {
      return new PeerComparison(heights, common, Optional.empty());
    }
    // Invariant: block `low` agrees (or low = -1), block `high` differs.
    long low = -1;
    long high = last;
    String detail = atLast.get();
    while (high - low > 1) {
      long middle = low + (high - low) / 2;
      Optional<String> difference = differenceAt(middle, false);
      if (difference.isPresent()) {
        high = middle;
        detail = difference.get();
      } else {
        low = middle;
      }
    }
    return new PeerComparison(
        heights, common, Optional.of(new PeerComparison.Difference(high, detail)));
  }

  private Optional<String> differenceAt(long number, boolean withData) throws GatewayException {
    Map<String, String> fingerprints = new LinkedHashMap<>();
    for (PeerView peer : peers) {
      fingerprints.put(
          peer.mspId() + "@" + peer.address(), fingerprint(peer.block(number), withData));
    }
    if (fingerprints.values().stream().distinct().count() == 1) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    fingerprints.forEach((peer, print) -> parts.add(peer + " " + print));
    return Optional.of(String.join("; ", parts));
  }

  /** Header hash, commit hash (peers add it after validation) and optionally the data's hash. */
  private static String fingerprint(Block block, boolean withData) {
    HexFormat hex = HexFormat.of();
    String header = hex.formatHex(BlockHashes.headerHash(block.getHeader()));
    String data =
        withData
            ? " data=" + hex.formatHex(BlockHashes.dataHash(block.getData().getDataList()))
            : "";
    String commit = "";
    int index = BlockMetadataIndex.COMMIT_HASH_VALUE;
    if (block.getMetadata().getMetadataCount() > index) {
      try {
        commit =
            hex.formatHex(
                Metadata.parseFrom(block.getMetadata().getMetadata(index))
                    .getValue()
                    .toByteArray());
      } catch (com.google.protobuf.InvalidProtocolBufferException e) {
        commit = "unreadable";
      }
    }
    return "header=" + header + data + (commit.isEmpty() ? "" : " commit=" + commit);
  }
}
