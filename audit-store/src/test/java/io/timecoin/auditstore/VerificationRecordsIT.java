package io.timecoin.auditstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.ByteString;
import io.timecoin.audit.BlockVerifier;
import io.timecoin.audit.VerifiedBlock;
import io.timecoin.audit.VerifiedTransaction;
import io.timecoin.auditstore.db.AuditDatabase;
import io.timecoin.auditstore.query.AuditQueries;
import io.timecoin.auditstore.query.Verification;
import io.timecoin.auditstore.verification.VerificationRecorder;
import io.timecoin.auditstore.verification.VerificationRecords;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier's results land in the auditor's real PostgreSQL where the API reads them: a saved
 * copy of a real chain (the audit module's {@code it-chain.blocks}) verifies intact and moves the
 * recorded height; the same copy with one byte of an entry changed is recorded as breaks at that
 * exact block and transaction, once, however often it is verified again.
 */
class VerificationRecordsIT {

  private static final Path SAVED_CHAIN =
      Path.of("..", "audit", "src", "test", "resources", "io", "timecoin", "audit")
          .resolve("it-chain.blocks");

  private static AuditDatabase db;
  private static List<Block> chain;

  @BeforeAll
  static void openAFreshDatabase() throws Exception {
    db = AuditDatabase.open(ItEnvironment.freshDatabase("verification_it"), "verification-it", 2);
    chain = new ArrayList<>();
    try (InputStream in = Files.newInputStream(SAVED_CHAIN)) {
      Block block;
      while ((block = Block.parseDelimitedFrom(in)) != null) {
        chain.add(block);
      }
    }
    assertThat(chain).hasSizeGreaterThan(10);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static boolean verify(List<Block> blocks, String source) {
    BlockVerifier verifier = BlockVerifier.fromGenesis();
    VerificationRecorder recorder =
        new VerificationRecorder(
            new VerificationRecords(db.jdbi()), verifier, source, Clock.systemUTC());
    blocks.forEach(block -> recorder.onBlock(verifier.verify(block)));
    return recorder.broken();
  }

  private static Verification recorded() {
    return new AuditQueries(db.jdbi()).verification().value();
  }

  @Test
  void an_intact_chain_moves_the_verified_height_and_resumes_from_its_checkpoint() {
    assertThat(verify(chain, VerificationRecords.PEER)).isFalse();

    Verification found = recorded();
    assertThat(found.progress().height()).isEqualTo(chain.size());
    assertThat(found.progress().signatures()).isGreaterThanOrEqualTo(2L * (chain.size() - 1));
    assertThat(found.peerBreaks()).isZero();
    BlockVerifier resumed =
        VerificationRecorder.resume(new VerificationRecords(db.jdbi()).checkpoint());
    assertThat(resumed.nextBlockNumber()).isEqualTo(chain.size());
  }

  @Test
  void one_byte_changed_in_an_entry_is_recorded_at_its_block_and_transaction_once() {
    int[] at = validTimecoinTransaction();
    Block block = chain.get(at[0]);
    byte[] entry = block.getData().getData(at[1]).toByteArray();
    entry[entry.length / 2] ^= 0x01;
    List<Block> tampered = new ArrayList<>(chain);
    tampered.set(
        at[0],
        block.toBuilder()
            .setData(block.getData().toBuilder().setData(at[1], ByteString.copyFrom(entry)))
            .build());

    assertThat(verify(tampered, "tampered-copy")).isTrue();
    List<Verification.BreakRow> breaks =
        recorded().breaks().stream().filter(b -> b.source().equals("tampered-copy")).toList();
    assertThat(breaks)
        .extracting(Verification.BreakRow::blockNumber, Verification.BreakRow::kind)
        .contains(tuple((long) at[0], "DATA_HASH"));
    assertThat(breaks)
        .allSatisfy(found -> assertThat(found.blockNumber()).isEqualTo(at[0]))
        .filteredOn(found -> found.txIndex() >= 0)
        .isNotEmpty()
        .allSatisfy(found -> assertThat(found.txIndex()).isEqualTo(at[1]));

    verify(tampered, "tampered-copy");
    assertThat(recorded().breaks().stream().filter(b -> b.source().equals("tampered-copy")))
        .hasSameSizeAs(breaks);
    assertThat(recorded().peerBreaks()).isZero();
  }

  /**
   * The first block with a valid timecoin transaction after the bootstrap, and that transaction.
   */
  private static int[] validTimecoinTransaction() {
    BlockVerifier verifier = BlockVerifier.fromGenesis();
    for (int i = 0; i < chain.size(); i++) {
      VerifiedBlock block = verifier.verify(chain.get(i));
      for (VerifiedTransaction tx : block.transactions()) {
        if (tx.isValid() && tx.chaincodeName().equals("timecoin")) {
          return new int[] {i, tx.index()};
        }
      }
    }
    throw new AssertionError("no valid timecoin transaction in the saved chain");
  }
}
