package io.timecoin.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier on a saved copy of a real chain ({@code it-chain.blocks}, written by {@link
 * BlockVerifierIT} from a fresh IT network: the channel's bootstrap, coin writes, an insurance
 * product, a voucher, a claim and its decision). Runs without a network; the tampering that needs
 * the network's keys (re-signed forgeries) is in the IT.
 */
class SavedChainTest {

  private static List<Block> chain;

  @BeforeAll
  static void readFixture() throws IOException {
    chain = new ArrayList<>();
    try (InputStream in = SavedChainTest.class.getResourceAsStream("it-chain.blocks")) {
      Block block;
      while ((block = Block.parseDelimitedFrom(in)) != null) {
        chain.add(block);
      }
    }
    assertThat(chain).hasSizeGreaterThan(10);
  }

  private static List<Break> verifyAll(List<Block> blocks) {
    BlockVerifier verifier = BlockVerifier.fromGenesis();
    List<Break> breaks = new ArrayList<>();
    blocks.forEach(block -> breaks.addAll(verifier.verify(block).breaks()));
    return breaks;
  }

  /** The first block after {@code from} with a valid timecoin transaction, and that transaction. */
  private static int[] validTimecoinTransaction(int from) {
    BlockVerifier verifier = BlockVerifier.fromGenesis();
    for (int i = 0; i < chain.size(); i++) {
      VerifiedBlock block = verifier.verify(chain.get(i));
      for (VerifiedTransaction tx : block.transactions()) {
        if (i > from && tx.isValid() && tx.chaincodeName().equals("timecoin")) {
          return new int[] {i, tx.index()};
        }
      }
    }
    throw new AssertionError("no valid timecoin transaction in the fixture");
  }

  @Test
  void the_saved_chain_verifies_and_every_signature_is_counted() {
    BlockVerifier verifier = BlockVerifier.fromGenesis();
    List<VerifiedBlock> verified = chain.stream().map(verifier::verify).toList();

    assertThat(verified).allSatisfy(block -> assertThat(block.breaks()).isEmpty());
    assertThat(verifier.summary().blocks()).isEqualTo(chain.size());
    // Every block after the genesis block carries at least an orderer and a creator signature.
    assertThat(verifier.summary().signatures()).isGreaterThanOrEqualTo(2L * (chain.size() - 1));
    for (int i = 1; i < verified.size(); i++) {
      assertThat(verified.get(i).previousHash()).isEqualTo(verified.get(i - 1).hash());
    }
  }

  @Test
  void an_entry_with_one_byte_changed_breaks_the_data_hash_and_the_creator_signature() {
    int[] at = validTimecoinTransaction(0);
    Block block = chain.get(at[0]);
    byte[] entry = block.getData().getData(at[1]).toByteArray();
    entry[entry.length / 2] ^= 0x01;
    List<Block> tampered = new ArrayList<>(chain);
    tampered.set(
        at[0],
        block.toBuilder()
            .setData(block.getData().toBuilder().setData(at[1], ByteString.copyFrom(entry)))
            .build());

    List<Break> breaks = verifyAll(tampered);

    assertThat(breaks).allSatisfy(found -> assertThat(found.blockNumber()).isEqualTo(at[0]));
    assertThat(breaks)
        .extracting(Break::transactionIndex, Break::kind)
        .contains(tuple(-1, BreakKind.DATA_HASH));
    assertThat(breaks)
        .filteredOn(found -> found.transactionIndex() >= 0)
        .isNotEmpty()
        .allSatisfy(found -> assertThat(found.transactionIndex()).isEqualTo(at[1]));
  }

  @Test
  void a_missing_block_is_reported_once_at_the_next_block() {
    List<Block> tampered = new ArrayList<>(chain);
    tampered.remove(7);

    assertThat(verifyAll(tampered))
        .extracting(Break::blockNumber, Break::transactionIndex, Break::kind)
        .containsExactlyInAnyOrder(
            tuple(8L, -1, BreakKind.BLOCK_NUMBER), tuple(8L, -1, BreakKind.PREVIOUS_HASH));
  }

  @Test
  void a_changed_header_breaks_the_orderer_signature_and_the_next_block_link() {
    List<Block> tampered = new ArrayList<>(chain);
    Block block = chain.get(5);
    tampered.set(
        5,
        block.toBuilder()
            .setHeader(block.getHeader().toBuilder().setDataHash(ByteString.copyFrom(new byte[32])))
            .build());

    assertThat(verifyAll(tampered))
        .extracting(Break::blockNumber, Break::kind)
        .containsExactlyInAnyOrder(
            tuple(5L, BreakKind.DATA_HASH),
            tuple(5L, BreakKind.ORDERER_SIGNATURE),
            tuple(6L, BreakKind.PREVIOUS_HASH));
  }

  @Test
  void a_block_without_orderer_signatures_is_reported() throws IOException {
    List<Block> tampered = new ArrayList<>(chain);
    Block block = chain.get(3);
    int index = BlockMetadataIndex.SIGNATURES_VALUE;
    Metadata unsigned =
        Metadata.parseFrom(block.getMetadata().getMetadata(index)).toBuilder()
            .clearSignatures()
            .build();
    tampered.set(
        3,
        block.toBuilder()
            .setMetadata(
                block.getMetadata().toBuilder().setMetadata(index, unsigned.toByteString()))
            .build());

    assertThat(verifyAll(tampered))
        .extracting(Break::blockNumber, Break::kind)
        .containsExactly(tuple(3L, BreakKind.ORDERER_SIGNATURE));
  }

  @Test
  void validation_flags_that_do_not_match_the_entries_are_reported() {
    int[] at = validTimecoinTransaction(0);
    List<Block> tampered = new ArrayList<>(chain);
    Block block = chain.get(at[0]);
    int index = BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE;
    tampered.set(
        at[0],
        block.toBuilder()
            .setMetadata(block.getMetadata().toBuilder().setMetadata(index, ByteString.EMPTY))
            .build());

    assertThat(verifyAll(tampered))
        .extracting(Break::blockNumber, Break::kind)
        .containsExactly(tuple((long) at[0], BreakKind.VALIDATION_FLAGS));
  }

  @Test
  void an_invalid_flag_on_a_well_endorsed_policy_failure_is_a_disagreement() {
    int[] at = validTimecoinTransaction(0);
    List<Block> tampered = new ArrayList<>(chain);
    Block block = chain.get(at[0]);
    int index = BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE;
    byte[] flags = block.getMetadata().getMetadata(index).toByteArray();
    flags[at[1]] = (byte) TxValidationCode.ENDORSEMENT_POLICY_FAILURE_VALUE;
    tampered.set(
        at[0],
        block.toBuilder()
            .setMetadata(
                block.getMetadata().toBuilder().setMetadata(index, ByteString.copyFrom(flags)))
            .build());

    assertThat(verifyAll(tampered))
        .extracting(Break::blockNumber, Break::transactionIndex, Break::kind)
        .containsExactly(tuple((long) at[0], at[1], BreakKind.VALIDATION_FLAGS));
  }

  @Test
  void a_chain_that_does_not_start_at_block_0_has_nothing_to_verify_against() {
    List<Break> breaks = verifyAll(chain.subList(1, 3));

    assertThat(breaks)
        .extracting(Break::blockNumber, Break::kind)
        .contains(tuple(1L, BreakKind.BLOCK_NUMBER), tuple(1L, BreakKind.MALFORMED));
  }

  @Test
  void a_checkpoint_written_halfway_resumes_to_the_same_tip(@TempDir Path folder) {
    BlockVerifier whole = BlockVerifier.fromGenesis();
    chain.forEach(whole::verify);
    BlockVerifier first = BlockVerifier.fromGenesis();
    int half = chain.size() / 2;
    chain.subList(0, half).forEach(first::verify);
    Path file = folder.resolve("checkpoint.json");
    first.checkpoint().write(file);

    BlockVerifier resumed = BlockVerifier.fromCheckpoint(Checkpoint.read(file));
    List<VerifiedBlock> rest =
        chain.subList(half, chain.size()).stream().map(resumed::verify).toList();

    assertThat(rest).allSatisfy(block -> assertThat(block.breaks()).isEmpty());
    assertThat(resumed.checkpoint().nextBlockNumber()).isEqualTo(chain.size());
    assertThat(rest.get(rest.size() - 1).hash())
        .isEqualTo(BlockHashes.headerHash(chain.get(chain.size() - 1).getHeader()));
  }

  @Test
  void a_file_that_is_not_a_checkpoint_is_refused_with_its_name(@TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("not-a-checkpoint.json");
    java.nio.file.Files.writeString(file, "{\"format\":1}");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Checkpoint.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not-a-checkpoint.json");
  }
}
