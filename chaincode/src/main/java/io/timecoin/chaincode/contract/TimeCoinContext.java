package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.access.Caller;
import io.timecoin.chaincode.clock.TimestampWindow;
import io.timecoin.chaincode.domain.TxStamp;
import io.timecoin.chaincode.store.EntryPager;
import io.timecoin.chaincode.store.InsuranceStore;
import io.timecoin.chaincode.store.KeyHistory;
import io.timecoin.chaincode.store.LedgerKeys;
import io.timecoin.chaincode.store.LedgerStore;
import io.timecoin.chaincode.store.RequestLog;
import io.timecoin.model.Identifiers;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.OrgRequestId;
import io.timecoin.model.TransactionNames;
import java.time.Instant;
import java.util.Map;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Everything one transaction function works with; created by the contract per transaction. */
public final class TimeCoinContext extends Context {

  private final AccessPolicy policy;
  private final TimestampWindow window;
  private final LedgerStore ledger;
  private final RequestLog requests;
  private final EntryPager pager;
  private final KeyHistory history;
  private final InsuranceStore insurance;

  TimeCoinContext(ChaincodeStub stub, AccessPolicy policy, TimestampWindow window) {
    super(stub);
    this.policy = policy;
    this.window = window;
    LedgerKeys keys = new LedgerKeys(stub);
    this.ledger = new LedgerStore(stub, keys);
    this.requests = new RequestLog(stub, keys);
    this.pager = new EntryPager(stub, keys, ledger);
    this.history = new KeyHistory(stub, keys, ledger);
    this.insurance = new InsuranceStore(stub, keys, policy::insurerEndorsementPolicy);
  }

  public InsuranceStore insurance() {
    return insurance;
  }

  /** The key-level endorsement policy of claim keys (see {@link AccessPolicy}). */
  public byte[] claimEndorsementPolicy() {
    return policy.claimEndorsementPolicy();
  }

  /** The claim's private details from the transient map, checked and canonical. */
  public PrivateDetailsInput claimPrivateInput() {
    return PrivateDetailsInput.from(stub.getTransient());
  }

  /**
   * The caller's one-time key for sealing a claim's private details, from the transient map; empty
   * if absent ({@code ClaimPrivateSeal} refuses it with PRIVATE_READ_KEY_MISSING).
   */
  public byte[] claimPrivateReadKey() {
    Map<String, byte[]> transientMap = stub.getTransient();
    byte[] key =
        transientMap == null ? null : transientMap.get(TransactionNames.CLAIM_PRIVATE_READ_KEY);
    return key == null ? new byte[0] : key;
  }

  /** The submitter, if it may perform {@code operation}; otherwise ACCESS_DENIED. */
  public Caller authorize(AccessPolicy.Operation operation) {
    return policy.authorize(getClientIdentity(), operation);
  }

  /**
   * Which organisation's request a {@code GetRequest} argument names: a bare requestId is the
   * caller's organisation's; {@code <mspId>/<requestId>} needs the right to read any organisation's
   * (auditors).
   */
  public OrgRequestId requestScope(String argument) {
    if (OrgRequestId.isQualified(argument)) {
      authorize(AccessPolicy.Operation.READ_ANY_ORG_REQUEST);
      return OrgRequestId.parse(argument);
    }
    return new OrgRequestId(getClientIdentity().getMSPID(), Identifiers.requireRequestId(argument));
  }

  public LedgerStore ledger() {
    return ledger;
  }

  public RequestLog requests() {
    return requests;
  }

  public EntryPager pager() {
    return pager;
  }

  public KeyHistory history() {
    return history;
  }

  public String txId() {
    return stub.getTxId();
  }

  /**
   * Refuses a write whose transaction timestamp lies outside this endorser's window (see {@link
   * TimestampWindow}); reads skip it, they change nothing.
   */
  public void requireTimestampInWindow() {
    window.check(time());
  }

  /** The transaction timestamp; the only notion of time the rules use. */
  public Instant time() {
    return stub.getTxTimestamp();
  }

  /** ISO-8601 UTC form of {@link #time()}. */
  public String timestamp() {
    return time().toString();
  }

  public TxStamp stamp(Caller caller) {
    return new TxStamp(txId(), time(), caller.recorder());
  }

  /** Sets the transaction's event. Fabric keeps only the last one, so call it once per write. */
  public void emit(String name, Object payload) {
    stub.setEvent(name, LedgerJson.writeBytes(payload));
  }
}
