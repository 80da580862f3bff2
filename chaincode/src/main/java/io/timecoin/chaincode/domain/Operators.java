package io.timecoin.chaincode.domain;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.OperatorStatus;
import io.timecoin.model.OperatorStatusView;
import io.timecoin.model.SetOperatorStatusRequest;

/** The rules of an organisation's operator registry. */
public final class Operators {

  private Operators() {}

  /**
   * The standing {@code request} gives the identity now at {@code current}, set by the caller of
   * organisation {@code callerMspId}.
   *
   * @throws LedgerValidationException OPERATOR_OF_ANOTHER_ORG for another organisation's identity,
   *     INVALID_STATUS_CHANGE for the standing it has already or out of REVOKED (final)
   */
  public static OperatorStatusView change(
      OperatorStatusView current,
      SetOperatorStatusRequest request,
      String callerMspId,
      TxStamp tx) {
    if (!request.mspId().equals(callerMspId)) {
      throw new LedgerValidationException(
          ErrorCode.OPERATOR_OF_ANOTHER_ORG,
          "an organisation suspends, reinstates or revokes only its own operators;"
              + " mspId must be the caller's");
    }
    if (current.status() == OperatorStatus.REVOKED) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_STATUS_CHANGE,
          "the identity is revoked in the registry, which is final; enroll a new one");
    }
    if (current.status() == request.status()) {
      throw new LedgerValidationException(
          ErrorCode.INVALID_STATUS_CHANGE, "the identity is already " + request.status());
    }
    return new OperatorStatusView(
        request.mspId(),
        request.certificateId(),
        request.status(),
        request.reason(),
        tx.timestamp(),
        tx.recordedBy(),
        tx.txId());
  }

  /**
   * Refuses a write by an identity that its organisation suspended or revoked.
   *
   * @throws LedgerValidationException IDENTITY_SUSPENDED
   */
  public static void requireActive(OperatorStatusView status) {
    if (status.status() != OperatorStatus.ACTIVE) {
      throw new LedgerValidationException(
          ErrorCode.IDENTITY_SUSPENDED,
          "the caller's certificate is "
              + status.status()
              + " in its organisation's operator registry since "
              + status.changedAt()
              + "; its writes are refused");
    }
  }
}
