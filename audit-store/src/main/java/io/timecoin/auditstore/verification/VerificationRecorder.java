package io.timecoin.auditstore.verification;

import io.timecoin.audit.BlockListener;
import io.timecoin.audit.BlockVerifier;
import io.timecoin.audit.Checkpoint;
import io.timecoin.audit.VerifiedBlock;
import java.time.Clock;

/**
 * Records each verified block: its breaks under a source, then the verifier's progress. The
 * checkpoint (the verifier's resume state) moves only while every block so far was intact, as
 * {@code timecoin audit verify --checkpoint} does: a restart re-verifies from before the first
 * break instead of skipping past it.
 */
public final class VerificationRecorder implements BlockListener {

  private final VerificationRecords records;
  private final BlockVerifier verifier;
  private final String source;
  private final Clock clock;
  private boolean broken;

  public VerificationRecorder(
      VerificationRecords records, BlockVerifier verifier, String source, Clock clock) {
    this.records = records;
    this.verifier = verifier;
    this.source = source;
    this.clock = clock;
  }

  @Override
  public void onBlock(VerifiedBlock block) {
    records.breaks(source, block.breaks(), clock.instant());
    broken |= !block.isIntact();
    if (source.equals(VerificationRecords.PEER)) {
      records.progress(
          block.number() + 1,
          verifier.summary(),
          broken ? null : checkpointJson(verifier.checkpoint()),
          clock.instant());
    }
  }

  /** The verifier whose blocks this records. */
  public BlockVerifier verifier() {
    return verifier;
  }

  /** Whether any block recorded so far had a break. */
  public boolean broken() {
    return broken;
  }

  /** The verifier resumed from a recorded checkpoint JSON, or from block 0 without one. */
  public static BlockVerifier resume(String checkpointJson) {
    return checkpointJson == null
        ? BlockVerifier.fromGenesis()
        : BlockVerifier.fromCheckpoint(Checkpoint.fromJson(checkpointJson));
  }

  private static String checkpointJson(Checkpoint checkpoint) {
    return checkpoint.toJson();
  }
}
