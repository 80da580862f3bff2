package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.access.Caller;
import io.timecoin.chaincode.domain.TxStamp;
import io.timecoin.chaincode.store.LedgerKeys;
import io.timecoin.chaincode.store.LedgerStore;
import io.timecoin.chaincode.store.RequestLog;
import io.timecoin.model.LedgerJson;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Everything one transaction function works with; created by the contract per transaction. */
public final class TimeCoinContext extends Context {

  private final AccessPolicy policy;
  private final LedgerStore ledger;
  private final RequestLog requests;

  TimeCoinContext(ChaincodeStub stub, AccessPolicy policy) {
    super(stub);
    this.policy = policy;
    LedgerKeys keys = new LedgerKeys(stub);
    this.ledger = new LedgerStore(stub, keys);
    this.requests = new RequestLog(stub, keys);
  }

  /** The submitter, if it may perform {@code operation}; otherwise ACCESS_DENIED. */
  public Caller authorize(AccessPolicy.Operation operation) {
    return policy.authorize(getClientIdentity(), operation);
  }

  public LedgerStore ledger() {
    return ledger;
  }

  public RequestLog requests() {
    return requests;
  }

  public String txId() {
    return stub.getTxId();
  }

  /** ISO-8601 UTC transaction timestamp; the only notion of time the chaincode has. */
  public String timestamp() {
    return stub.getTxTimestamp().toString();
  }

  public TxStamp stamp(Caller caller) {
    return new TxStamp(txId(), timestamp(), caller.recorder());
  }

  /** Sets the transaction's event. Fabric keeps only the last one, so call it once per write. */
  public void emit(String name, Object payload) {
    stub.setEvent(name, LedgerJson.writeBytes(payload));
  }
}
