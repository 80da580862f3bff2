package io.timecoin.chaincode.store;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.KeyHistoryRequest;
import io.timecoin.model.KeyHistoryView;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.OrgRequestId;
import io.timecoin.model.PolicyVersions;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyModification;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * Every committed version of one record, from Fabric's history database, in the order Fabric
 * returns them. A record that was never written has an empty history; an entry is found through its
 * id index, so an unknown entryId is {@link ErrorCode#ENTRY_NOT_FOUND}.
 */
public final class KeyHistory {

  private final ChaincodeStub stub;
  private final LedgerKeys keys;
  private final LedgerStore store;

  public KeyHistory(ChaincodeStub stub, LedgerKeys keys, LedgerStore store) {
    this.stub = stub;
    this.keys = keys;
    this.store = store;
  }

  public KeyHistoryView of(KeyHistoryRequest request) {
    List<KeyHistoryView.Modification> modifications = new ArrayList<>();
    try (QueryResultsIterator<KeyModification> history = stub.getHistoryForKey(key(request))) {
      for (KeyModification modification : history) {
        byte[] value = modification.getValue();
        modifications.add(
            new KeyHistoryView.Modification(
                modification.getTxId(),
                modification.getTimestamp().toString(),
                modification.isDeleted(),
                modification.isDeleted() || value == null ? null : new String(value, UTF_8)));
      }
    }
    return new KeyHistoryView(request.kind(), request.id(), modifications);
  }

  private String key(KeyHistoryRequest request) {
    String id = request.id();
    return switch (request.kind()) {
      case ACCOUNT -> keys.account(id);
      case REQUEST -> {
        OrgRequestId scoped = OrgRequestId.parse(id);
        yield keys.request(scoped.org(), scoped.requestId());
      }
      case POLICY ->
          id.equals(KeyHistoryRequest.CURRENT_POLICY)
              ? keys.currentPolicy()
              : keys.policy(PolicyVersions.parse(id));
      case ENTRY ->
          store
              .entryKey(id)
              .orElseThrow(
                  () -> new LedgerValidationException(ErrorCode.ENTRY_NOT_FOUND, "no such entry"));
    };
  }
}
