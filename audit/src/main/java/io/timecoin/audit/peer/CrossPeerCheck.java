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
 * Compares the peers' chains through qscc on each peer: heights, then the fingerprint of each block
 * (header hash, data hash recomputed from the entries, and the peer's commit hash where present).
 * As headers chain, the check compares the last common block and, if it differs, searches for the
 * first differing block by bisection, so it costs a few block reads per peer whatever the height.
 */
public final class CrossPeerCheck {

  private final List<PeerConnection> peers;

  public CrossPeerCheck(List<PeerConnection> peers) {
    if (peers.size() < 2) {
      throw new IllegalArgumentException("comparing peers needs at least two of them");
    }
    this.peers = List.copyOf(peers);
  }

  public PeerComparison run() throws GatewayException {
    List<PeerComparison.PeerHeight> heights = new ArrayList<>();
    long common = Long.MAX_VALUE;
    for (PeerConnection peer : peers) {
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
    long last = common - 1;
    Optional<String> atLast = differenceAt(last);
    if (atLast.isEmpty()) {
      return new PeerComparison(heights, common, Optional.empty());
    }
    // Invariant: block `low` agrees (or low = -1), block `high` differs.
    long low = -1;
    long high = last;
    String detail = atLast.get();
    while (high - low > 1) {
      long middle = low + (high - low) / 2;
      Optional<String> difference = differenceAt(middle);
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

  private Optional<String> differenceAt(long number) throws GatewayException {
    Map<String, String> fingerprints = new LinkedHashMap<>();
    for (PeerConnection peer : peers) {
      fingerprints.put(peer.mspId() + "@" + peer.address(), fingerprint(peer.block(number)));
    }
    if (fingerprints.values().stream().distinct().count() == 1) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    fingerprints.forEach((peer, print) -> parts.add(peer + " " + print));
    return Optional.of(String.join("; ", parts));
  }

  /** Header hash, recomputed data hash, and commit hash (peers add it after validation). */
  private static String fingerprint(Block block) {
    HexFormat hex = HexFormat.of();
    String header = hex.formatHex(BlockHashes.headerHash(block.getHeader()));
    String data = hex.formatHex(BlockHashes.dataHash(block.getData().getDataList()));
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
    return "header=" + header + " data=" + data + (commit.isEmpty() ? "" : " commit=" + commit);
  }
}
