package io.timecoin.client;

import java.util.Objects;
import org.hyperledger.fabric.client.SubmittedTransaction;

/**
 * One proposal of a write that was endorsed and handed (or possibly handed) to the orderer.
 *
 * @param transactionId its Fabric transaction id.
 * @param submitted the handle to ask for its commit status and result, or null when the hand-over
 *     to the orderer failed in a way that leaves it unknown whether the orderer got it.
 * @param session the endpoint whose gateway endorsed and sent it.
 */
record WriteAttempt(String transactionId, SubmittedTransaction submitted, EndpointSession session) {

  WriteAttempt {
    Objects.requireNonNull(transactionId, "transactionId");
    Objects.requireNonNull(session, "session");
  }
}
