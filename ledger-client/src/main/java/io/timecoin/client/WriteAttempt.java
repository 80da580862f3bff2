package io.timecoin.client;

import java.util.Objects;
import org.hyperledger.fabric.client.SubmittedTransaction;

/**
 * One proposal of a write that was endorsed and handed (or possibly handed) to the orderer, or
 * endorsed as a replay and therefore not ordered at all.
 *
 * @param transactionId its Fabric transaction id.
 * @param submitted the handle to ask for its commit status and result, or null when the hand-over
 *     to the orderer failed in a way that leaves it unknown whether the orderer got it, or when it
 *     was a replay.
 * @param session the endpoint whose gateway endorsed and sent it.
 * @param replay true when the endorsement wrote nothing because the ledger already holds this
 *     request: the answer is the transaction that wrote it, from the request log ({@link
 *     RequestLog}); this one was never sent to the orderer.
 * @param handOverFailure why no orderer acknowledged the hand-over, or null when one did (or it was
 *     a replay).
 */
record WriteAttempt(
    String transactionId,
    SubmittedTransaction submitted,
    EndpointSession session,
    boolean replay,
    LedgerException handOverFailure) {

  WriteAttempt {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(session, "session");
  }

  WriteAttempt(String transactionId, SubmittedTransaction submitted, EndpointSession session) {
    this(transactionId, submitted, session, false, null);
  }

  static WriteAttempt replayOf(String transactionId, EndpointSession session) {
    return new WriteAttempt(transactionId, null, session, true, null);
  }

  /** Endorsed and sent, but no orderer acknowledged it: it may or may not have been received. */
  static WriteAttempt unacknowledged(
      String transactionId, EndpointSession session, LedgerException failure) {
    return new WriteAttempt(
        transactionId, null, session, false, Objects.requireNonNull(failure, "failure"));
  }

  /** Whether the hand-over to the orderer went unacknowledged. */
  boolean handOverFailed() {
    return handOverFailure != null;
  }
}
