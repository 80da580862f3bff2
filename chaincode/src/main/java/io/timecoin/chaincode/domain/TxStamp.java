package io.timecoin.chaincode.domain;

import io.timecoin.model.Recorder;
import java.time.Instant;

/**
 * What the current transaction contributes to everything it writes.
 *
 * @param txId the Fabric transaction id
 * @param time the transaction timestamp chosen by the client and agreed by all endorsers, never a
 *     local clock
 * @param recordedBy the submitting client identity
 */
public record TxStamp(String txId, Instant time, Recorder recordedBy) {

  /** ISO-8601 UTC form of {@link #time}. */
  public String timestamp() {
    return time.toString();
  }

  /** Entry ids are the transaction id and the leg within the transaction. */
  public String entryId(int leg) {
    return txId + ":" + leg;
  }
}
