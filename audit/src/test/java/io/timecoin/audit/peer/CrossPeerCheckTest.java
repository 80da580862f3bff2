package io.timecoin.audit.peer;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.timecoin.audit.BlockHashes;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison logic over saved copies of a real chain (the fixture {@code SavedChainTest} uses),
 * one copy per "peer": a real peer that holds another history cannot be made on the IT network, so
 * the peers here serve blocks from memory; {@code AuditCliIT} runs the check on the real peers.
 */
class CrossPeerCheckTest {

  private static List<Block> chain;

  @BeforeAll
  static void readFixture() throws IOException {
    chain = new ArrayList<>();
    try (InputStream in =
        CrossPeerCheckTest.class.getResourceAsStream("/io/timecoin/audit/it-chain.blocks")) {
      Block block;
      while ((block = Block.parseDelimitedFrom(in)) != null) {
        chain.add(block);
      }
    }
  }

  /** A peer that answers from a list of blocks, and counts the blocks it was asked for. */
  private static final class SavedPeer implements PeerView {
    private final String mspId;
    private final List<Block> blocks;
    int blocksRead;

    SavedPeer(String mspId, List<Block> blocks) {
      this.mspId = mspId;
      this.blocks = blocks;
    }

    @Override
    public String mspId() {
      return mspId;
    }

    @Override
    public String address() {
      return "saved";
    }

    @Override
    public BlockchainInfo chainInfo() {
      return BlockchainInfo.newBuilder()
          .setHeight(blocks.size())
          .setCurrentBlockHash(
              ByteString.copyFrom(
                  BlockHashes.headerHash(blocks.get(blocks.size() - 1).getHeader())))
          .build();
    }

    @Override
    public Block block(long number) {
      blocksRead++;
      return blocks.get((int) number);
    }
  }

  /** The chain with one entry of block {@code at} changed; headers re-chained if asked. */
  private static List<Block> altered(int at, boolean rechain) {
    List<Block> copy = new ArrayList<>(chain);
    Block block = copy.get(at);
    byte[] entry = block.getData().getData(0).toByteArray();
    entry[entry.length / 2] ^= 0x01;
    block =
        block.toBuilder()
            .setData(block.getData().toBuilder().setData(0, ByteString.copyFrom(entry)))
            .build();
    copy.set(at, block);
    if (rechain) {
      for (int i = at; i < copy.size(); i++) {
        Block current = copy.get(i);
        var header =
            current.getHeader().toBuilder()
                .setDataHash(
                    ByteString.copyFrom(BlockHashes.dataHash(current.getData().getDataList())));
        if (i > at) {
          header.setPreviousHash(
              ByteString.copyFrom(BlockHashes.headerHash(copy.get(i - 1).getHeader())));
        }
        copy.set(i, current.toBuilder().setHeader(header).build());
      }
    }
    return copy;
  }

  @Test
  void peers_with_the_same_chain_agree_after_reading_one_block_each() throws Exception {
    SavedPeer first = new SavedPeer("PlatformMSP", chain);
    SavedPeer second = new SavedPeer("AuditorMSP", chain);

    PeerComparison comparison = new CrossPeerCheck(List.of(first, second)).run();

    assertThat(comparison.agree()).isTrue();
    assertThat(comparison.comparedUpTo()).isEqualTo(chain.size());
    assertThat(first.blocksRead).isEqualTo(1);
  }

  @Test
  void a_peer_with_another_history_is_reported_at_the_first_differing_block() throws Exception {
    SavedPeer honest = new SavedPeer("PlatformMSP", chain);
    SavedPeer rewritten = new SavedPeer("InsurerMSP", altered(7, true));

    PeerComparison comparison = new CrossPeerCheck(List.of(honest, rewritten)).run();

    assertThat(comparison.firstDifference())
        .get()
        .extracting(PeerComparison.Difference::blockNumber)
        .isEqualTo(7L);
    assertThat(comparison.firstDifference().get().detail())
        .contains("PlatformMSP")
        .contains("InsurerMSP");
    // Bisection: a handful of reads, not one per block.
    assertThat(honest.blocksRead)
        .isLessThanOrEqualTo(1 + 64 - Long.numberOfLeadingZeros(chain.size()));
  }

  @Test
  void a_peer_serving_altered_entries_under_intact_headers_is_found_block_by_block()
      throws Exception {
    SavedPeer honest = new SavedPeer("PlatformMSP", chain);
    SavedPeer lying = new SavedPeer("InsurerMSP", altered(9, false));

    PeerComparison comparison = new CrossPeerCheck(List.of(honest, lying)).everyBlock().run();

    assertThat(comparison.firstDifference())
        .get()
        .extracting(PeerComparison.Difference::blockNumber)
        .isEqualTo(9L);
  }

  @Test
  void a_shorter_peer_is_compared_up_to_its_height() throws Exception {
    SavedPeer behind = new SavedPeer("AuditorMSP", chain.subList(0, chain.size() - 3));
    SavedPeer ahead = new SavedPeer("PlatformMSP", chain);

    PeerComparison comparison = new CrossPeerCheck(List.of(behind, ahead)).run();

    assertThat(comparison.agree()).isTrue();
    assertThat(comparison.comparedUpTo()).isEqualTo(chain.size() - 3);
    assertThat(comparison.peers())
        .extracting(PeerComparison.PeerHeight::height)
        .containsExactly((long) chain.size() - 3, (long) chain.size());
  }
}
