package io.timecoin.chaincode.store;

import java.util.Locale;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * Every world-state key the chaincode uses, as Fabric composite keys. Nothing else builds keys, so
 * the layout of the ledger can be read here in one place.
 *
 * <ul>
 *   <li>{@code account [volunteerId]} - {@code AccountView}
 *   <li>{@code entry [volunteerId, sequence]} - {@code EntryView}; the sequence is zero-padded to
 *       19 digits so that key order is sequence order
 *   <li>{@code activity [volunteerId, activityId]} - marker that the activity has been credited
 *   <li>{@code request [requestId]} - fingerprint and result of a processed write request
 * </ul>
 */
public final class LedgerKeys {

  static final String ACCOUNT = "account";
  static final String ENTRY = "entry";
  static final String ACTIVITY = "activity";
  static final String REQUEST = "request";

  private final ChaincodeStub stub;

  public LedgerKeys(ChaincodeStub stub) {
    this.stub = stub;
  }

  public String account(String volunteerId) {
    return stub.createCompositeKey(ACCOUNT, volunteerId).toString();
  }

  public String entry(String volunteerId, long sequence) {
    return stub.createCompositeKey(ENTRY, volunteerId, sequence(sequence)).toString();
  }

  /** Partial key over all entries of one account, in sequence order. */
  public CompositeKey entriesOf(String volunteerId) {
    return stub.createCompositeKey(ENTRY, volunteerId);
  }

  public String activity(String volunteerId, String activityId) {
    return stub.createCompositeKey(ACTIVITY, volunteerId, activityId).toString();
  }

  public String request(String requestId) {
    return stub.createCompositeKey(REQUEST, requestId).toString();
  }

  private static String sequence(long sequence) {
    if (sequence < 1) {
      throw new IllegalArgumentException("entry sequences start at 1");
    }
    return String.format(Locale.ROOT, "%019d", sequence);
  }
}
