package io.timecoin.client;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.RequestView;
import io.timecoin.model.TransactionNames;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.GatewayException;

/**
 * The ledger's request log ({@code GetRequest}) read through one endpoint: which transaction wrote
 * a requestId, with what result, and in which block. The answer for a write whose request the
 * ledger already holds names that transaction, never a later replay's.
 */
final class RequestLog {

  private RequestLog() {}

  /**
   * What the ledger recorded for {@code requestId} of the client's organisation.
   *
   * @return the record, or empty if the peer asked holds none (yet)
   * @throws LedgerException if the lookup itself fails; {@link LedgerUnavailableException} when the
   *     endpoint did not answer
   */
  static Optional<RequestView> find(EndpointSession session, String requestId) {
    try {
      byte[] json = session.contract().evaluateTransaction(TransactionNames.GET_REQUEST, requestId);
      return Optional.of(
          WriteRunner.decode(TransactionNames.GET_REQUEST, null, json, RequestView.class));
    } catch (GatewayException e) {
      LedgerException failure = LedgerFailures.evaluateFailed(TransactionNames.GET_REQUEST, e);
      if (failure instanceof LedgerRejectedException rejected
          && rejected.code() == ErrorCode.REQUEST_NOT_FOUND) {
        return Optional.empty();
      }
      throw failure;
    }
  }

  /**
   * The committed answer the record stands for: its result, its transaction and that transaction's
   * block.
   *
   * @return the answer, or empty if the block could not be learnt within {@code timeout}
   */
  static <T> Optional<Committed<T>> committed(
      EndpointSession session,
      RequestView record,
      String name,
      String requestId,
      Class<T> resultType,
      Duration timeout) {
    T value =
        WriteRunner.decode(
            name, record.txId(), record.result().getBytes(StandardCharsets.UTF_8), resultType);
    try {
      long block = session.commitStatus(record.txId(), timeout).getBlockNumber();
      return Optional.of(new Committed<>(value, record.txId(), block, requestId));
    } catch (CommitStatusException e) {
      return Optional.empty();
    }
  }
}
