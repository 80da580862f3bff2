package io.timecoin.chaincode.store;

import io.timecoin.chaincode.support.Sha256;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerJson;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.OrgRequestId;
import io.timecoin.model.RequestView;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Makes writes idempotent per client requestId, scoped to the organisation (MSP id) of the identity
 * that writes: the platform's {@code r-1} and the insurer's {@code r-1} are unrelated requests, so
 * no organisation can take, replay or block another's. A request is identified by the SHA-256 of
 * its transaction name and canonical JSON; the first successful processing stores that fingerprint
 * with the result. The same request again gets the stored result and must write nothing; a
 * different request under the same requestId is refused.
 */
public final class IdempotencyRecords {

  private final ChaincodeStub stub;
  private final LedgerKeys keys;

  public IdempotencyRecords(ChaincodeStub stub, LedgerKeys keys) {
    this.stub = stub;
    this.keys = keys;
  }

  /**
   * Returns the stored result if this exact request was processed before, empty if the requestId is
   * new.
   *
   * @throws LedgerValidationException with {@link ErrorCode#IDEMPOTENCY_CONFLICT} if the requestId
   *     was used for a different payload or transaction
   */
  public Optional<String> replay(String function, String mspId, String requestId, Object request) {
    byte[] stored = stub.getState(keys.request(mspId, requestId));
    if (!LedgerStore.present(stored)) {
      return Optional.empty();
    }
    RequestRecord record = LedgerStore.decode(stored, RequestRecord.class);
    if (!record.function().equals(function)
        || !record.requestHash().equals(fingerprint(function, request))) {
      throw new LedgerValidationException(
          ErrorCode.IDEMPOTENCY_CONFLICT,
          "this requestId was already used for a different request; retry with the original"
              + " request, or use a new requestId for a new one");
    }
    return Optional.of(record.result());
  }

  /** What was recorded for a requestId of an organisation, if a write with it succeeded. */
  public Optional<RequestView> find(OrgRequestId id) {
    byte[] stored = stub.getState(keys.request(id.org(), id.requestId()));
    if (!LedgerStore.present(stored)) {
      return Optional.empty();
    }
    RequestRecord record = LedgerStore.decode(stored, RequestRecord.class);
    return Optional.of(
        new RequestView(
            record.requestId(),
            record.function(),
            record.txId(),
            record.recordedAt(),
            record.result()));
  }

  /** Stores the outcome of a request processed for the first time. */
  public void remember(
      String function, String mspId, String requestId, Object request, String result) {
    RequestRecord record =
        new RequestRecord(
            requestId,
            function,
            fingerprint(function, request),
            result,
            stub.getTxId(),
            stub.getTxTimestamp().toString());
    stub.putState(keys.request(mspId, requestId), LedgerJson.writeBytes(record));
  }

  private static String fingerprint(String function, Object request) {
    // The canonical JSON, not the caller's bytes: whitespace or property order do not make a
    // request different.
    return Sha256.hex(function + "\n" + LedgerJson.write(request));
  }
}
