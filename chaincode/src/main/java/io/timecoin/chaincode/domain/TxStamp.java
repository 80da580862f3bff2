package io.timecoin.chaincode.domain;

import io.timecoin.model.Recorder;

/**
 * What the current transaction contributes to everything it writes.
 *
 * @param txId the Fabric transaction id
 * @param timestamp ISO-8601 UTC instant of the transaction timestamp chosen by the client and
 *     agreed by all endorsers, never a local clock
 * @param recordedBy the submitting client identity
 */
public record TxStamp(String txId, String timestamp, Recorder recordedBy) {

  /** Entry ids are the transaction id and the leg within the transaction. */
  public String entryId(int leg) {
    return txId + ":" + leg;
  }
}
