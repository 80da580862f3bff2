package io.timecoin.client;

import io.timecoin.model.ClaimPrivateSeal;
import io.timecoin.model.ClaimPrivateView;
import io.timecoin.model.ReadTransaction;
import io.timecoin.model.SealedClaimPrivate;
import io.timecoin.model.TransactionNames;
import io.timecoin.model.Transactions;
import io.timecoin.model.WriteRequest;
import io.timecoin.model.WriteTransaction;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

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

  private static final SecureRandom KEYS = new SecureRandom();

  /** Runs a query on one peer; nothing is ordered. */
  <T> T evaluate(String name, String argument, Class<T> resultType) {
    return evaluate(name, argument, Map.of(), resultType);
  }

  /** Runs a query on one peer with a transient map (never part of a block); nothing is ordered. */
  abstract <T> T evaluate(
      String name, String argument, Map<String, byte[]> transientData, Class<T> resultType);

  @Override
  public ClaimPrivateView getClaimPrivate(String claimId) {
    // A fresh key per call, sent only in the transient map: the chaincode returns the details
    // sealed under it, so no block could ever hold them in clear (see ClaimPrivateSeal).
    ReadTransaction<String, SealedClaimPrivate> query = Transactions.GET_CLAIM_PRIVATE;
    String sent = InputChecks.beforeSending(query.name(), () -> query.argument(claimId));
    byte[] key = new byte[ClaimPrivateSeal.KEY_BYTES];
    KEYS.nextBytes(key);
    try {
      SealedClaimPrivate sealed =
          evaluate(
              query.name(),
              sent,
              Map.of(TransactionNames.CLAIM_PRIVATE_READ_KEY, key),
              query.resultType());
      return ClaimPrivateSeal.open(key, sealed);
    } catch (IllegalStateException e) {
      throw new LedgerException(
          "GetClaimPrivate answered details that do not open with this call's key", null, e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

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
                transaction.transientData(request),
                transaction.endorsers()));
  }
}
