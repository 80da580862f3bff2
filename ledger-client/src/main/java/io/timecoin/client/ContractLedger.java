package io.timecoin.client;

import io.timecoin.model.ReadTransaction;
import io.timecoin.model.WriteRequest;
import io.timecoin.model.WriteTransaction;

/**
 * The typed half of every {@link TimeCoinLedger}: turns a transaction declared in {@link
 * io.timecoin.model.Transactions} and its request into what the chaincode receives, and reads the
 * result as the declared type. Subclasses supply only the transport ({@link GatewayLedger} over
 * Fabric Gateway, {@link TransportLedger} over a {@link LedgerTransport} such as the test kit's
 * in-process ledger), so the two can never disagree on the wire contract.
 */
abstract class ContractLedger implements TimeCoinLedger {

  /** Runs a write and waits for its definite outcome. */
  abstract <T> Committed<T> submit(WriteCall call, Class<T> resultType);

  /** Runs a write, answering once it has been handed to ordering. */
  abstract <T> PendingWrite<T> submitAsync(WriteCall call, Class<T> resultType);

  /** Runs a query on one peer; nothing is ordered. */
  abstract <T> T evaluate(String name, String argument, Class<T> resultType);

  @Override
  public <Q extends WriteRequest, R> Committed<R> submit(
      WriteTransaction<Q, R> transaction, Q request) {
    return submit(call(transaction, request), transaction.resultType());
  }

  @Override
  public <Q extends WriteRequest, R> PendingWrite<R> submitAsync(
      WriteTransaction<Q, R> transaction, Q request) {
    return submitAsync(call(transaction, request), transaction.resultType());
  }

  @Override
  public <A, R> R evaluate(ReadTransaction<A, R> query, A argument) {
    String sent = InputChecks.beforeSending(query.name(), () -> query.argument(argument));
    return evaluate(query.name(), sent, query.resultType());
  }

  /** The private part of a request travels in the transient map only, never as the argument. */
  private static <Q extends WriteRequest> WriteCall call(
      WriteTransaction<Q, ?> transaction, Q request) {
    return InputChecks.beforeSending(
        transaction.name(),
        () ->
            new WriteCall(
                transaction.name(),
                transaction.argument(request),
                transaction.transientData(request)));
  }
}
