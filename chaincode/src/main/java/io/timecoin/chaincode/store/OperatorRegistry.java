package io.timecoin.chaincode.store;

import io.timecoin.model.LedgerJson;
import io.timecoin.model.OperatorStatusView;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Each organisation's operator registry: the standing of its operator identities by certificate id,
 * under {@code operator [mspId, certificateId]}. Only the organisation itself writes its rows (the
 * contract keys a change by the caller's MSP id), and each write of an identity reads its own row,
 * so a suspension applies from the next block on. Rows are read by point reads; an identity never
 * named has no row and is ACTIVE.
 */
public final class OperatorRegistry {

  private final ChaincodeStub stub;
  private final LedgerKeys keys;

  public OperatorRegistry(ChaincodeStub stub, LedgerKeys keys) {
    this.stub = stub;
    this.keys = keys;
  }

  /** The identity's standing; ACTIVE and never changed if the registry has no row for it. */
  public OperatorStatusView statusOf(String mspId, String certificateId) {
    byte[] value = stub.getState(keys.operator(mspId, certificateId));
    if (value == null || value.length == 0) {
      return OperatorStatusView.neverChanged(mspId, certificateId);
    }
    return LedgerJson.read(value, OperatorStatusView.class);
  }

  public void put(OperatorStatusView status) {
    stub.putState(
        keys.operator(status.mspId(), status.certificateId()), LedgerJson.writeBytes(status));
  }
}
