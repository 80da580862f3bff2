package io.timecoin.audit;

/**
 * The chaincode event a transaction set (Fabric keeps at most one per transaction).
 *
 * @param chaincodeName the chaincode that set it
 * @param eventName e.g. {@code timecoin.EarningRecorded.v1}
 * @param payload the event payload
 */
public record ChaincodeEvent(String chaincodeName, String eventName, byte[] payload) {

  public ChaincodeEvent {
    payload = payload.clone();
  }

  @Override
  public byte[] payload() {
    return payload.clone();
  }
}
