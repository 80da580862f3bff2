package io.timecoin.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A transaction of a verified block as the auditor's own store needs it.
 *
 * @param index position in the block
 * @param transactionId the transaction id
 * @param type the envelope type, e.g. {@code ENDORSER_TRANSACTION} or {@code CONFIG}
 * @param validationCode the peer's validation code, e.g. {@code VALID} or {@code
 *     MVCC_READ_CONFLICT}
 * @param creatorMspId the MSP of the submitting client
 * @param timestamp the timestamp the client put in the channel header (chosen by the client)
 * @param chaincodeName the invoked chaincode, or empty for non-endorser transactions
 * @param endorserMspIds the MSPs of the endorsements whose signatures verified
 * @param reads the public reads
 * @param writes the public writes
 * @param event the chaincode event, if one was set
 */
public record VerifiedTransaction(
    int index,
    String transactionId,
    String type,
    String validationCode,
    String creatorMspId,
    Instant timestamp,
    String chaincodeName,
    List<String> endorserMspIds,
    List<StateRead> reads,
    List<StateWrite> writes,
    Optional<ChaincodeEvent> event) {

  public VerifiedTransaction {
    endorserMspIds = List.copyOf(endorserMspIds);
    reads = List.copyOf(reads);
    writes = List.copyOf(writes);
  }

  /** Whether the peer flagged the transaction valid (its writes are in the world state). */
  public boolean isValid() {
    return "VALID".equals(validationCode);
  }
}
