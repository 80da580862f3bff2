package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.access.Submitter;
import io.timecoin.chaincode.clock.TimestampWindow;
import io.timecoin.chaincode.domain.Operators;
import io.timecoin.chaincode.domain.TxStamp;
import io.timecoin.chaincode.store.EntryPager;
import io.timecoin.chaincode.store.HeartsStore;
import io.timecoin.chaincode.store.IdempotencyRecords;
import io.timecoin.chaincode.store.InsuranceStore;
import io.timecoin.chaincode.store.KeyHistory;
import io.timecoin.chaincode.store.LedgerKeys;
import io.timecoin.chaincode.store.LedgerStore;
import io.timecoin.chaincode.store.OperatorRegistry;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.Identifiers;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerTransaction;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.OrgRequestId;
import io.timecoin.model.OrgRole;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** Everything one transaction function works with; created by the contract per transaction. */
public final class TimeCoinContext extends Context {

  private final AccessPolicy policy;
  private final TimestampWindow window;
  private final LedgerStore ledger;
  private final IdempotencyRecords requests;
  private final EntryPager pager;
  private final KeyHistory history;
  private final InsuranceStore insurance;
  private final OperatorRegistry operators;
  private final HeartsStore hearts;

  TimeCoinContext(ChaincodeStub stub, AccessPolicy policy, TimestampWindow window) {
    super(stub);
    this.policy = policy;
    this.window = window;
    LedgerKeys keys = new LedgerKeys(stub);
    this.ledger = new LedgerStore(stub, keys);
    this.requests = new IdempotencyRecords(stub, keys);
    this.pager = new EntryPager(stub, keys, ledger);
    this.history = new KeyHistory(stub, keys, ledger);
    this.insurance = new InsuranceStore(stub, keys, policy::insurerEndorsementPolicy);
    this.operators = new OperatorRegistry(stub, keys);
    this.hearts = new HeartsStore(stub, keys);
  }

  public OperatorRegistry operators() {
    return operators;
  }

  /** Hearts, charity projects and their donation rows. */
  public HeartsStore hearts() {
    return hearts;
  }

  /**
   * How far from its own clock this endorser accepts a write's timestamp; a write dated more than
   * this before the current transaction's endorsement is no longer accepted anywhere.
   */
  public Duration timestampWindow() {
    return window.width();
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

  /**
   * Which organisation's request a {@code GetRequest} argument names: a bare requestId is the
   * caller's organisation's; {@code <mspId>/<requestId>} any organisation's, for auditors only.
   */
  public OrgRequestId requestScope(String argument) {
    Submitter submitter = authorize(Transactions.GET_REQUEST);
    if (OrgRequestId.isQualified(argument)) {
      if (submitter.role() != OrgRole.AUDITOR) {
        throw new LedgerValidationException(
            ErrorCode.ACCESS_DENIED,
            "only auditors may read another organisation's requests (<mspId>/<requestId>)");
      }
      return OrgRequestId.parse(argument);
    }
    return new OrgRequestId(submitter.mspId(), Identifiers.requireRequestId(argument));
  }

  /**
   * Refuses a write whose transaction timestamp lies outside this endorser's window (see {@link
   * TimestampWindow}); reads skip it, they change nothing.
   */
  public void requireTimestampInWindow() {
    window.check(time());
  }

  /** The submitter, if it may run {@code transaction}; otherwise ACCESS_DENIED. */
  public Submitter authorize(LedgerTransaction<?, ?> transaction) {
    return policy.authorize(getClientIdentity(), transaction);
  }

  /**
   * The submitter of a write, if it may run {@code transaction} and its organisation has not
   * suspended or revoked its certificate in the operator registry (IDENTITY_SUSPENDED otherwise).
   */
  public Submitter authorizeWrite(LedgerTransaction<?, ?> transaction) {
    Submitter submitter = authorize(transaction);
    Operators.requireActive(operators.statusOf(submitter.mspId(), submitter.certificateId()));
    return submitter;
  }

  public LedgerStore ledger() {
    return ledger;
  }

  public IdempotencyRecords requests() {
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

  /** The transaction timestamp; the only notion of time the chaincode has. */
  public Instant time() {
    return stub.getTxTimestamp();
  }

  /** ISO-8601 UTC form of {@link #time()}. */
  public String timestamp() {
    return time().toString();
  }

  public TxStamp stamp(Submitter submitter) {
    return new TxStamp(txId(), time(), submitter.recorder());
  }

  /** Sets the transaction's event. Fabric keeps only the last one, so call it once per write. */
  public void emit(String name, Object payload) {
    stub.setEvent(name, LedgerJson.writeBytes(payload));
  }
}
