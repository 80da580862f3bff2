package io.timecoin.client;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What carries a {@link TimeCoinLedger}'s calls to a ledger that is not a Fabric network: it runs
 * one contract function and hands back what the contract returned. The client does everything else
 * exactly as over the gateway (which function each typed method runs, request and result JSON,
 * requestIds, refusal codes, event records), so the two can never disagree on the wire contract.
 *
 * <p>Its one implementation is the in-process ledger of {@code ledger-client-testkit}. An
 * application that talks to a network uses {@link TimeCoinLedger#connect(LedgerConnectionConfig)}
 * and never needs this; it is public only so that the test kit can live in its own module and
 * package instead of shipping in this jar.
 */
public interface LedgerTransport extends AutoCloseable {

  /**
   * A ledger client over {@code transport}. Closing the client closes the transport.
   *
   * @param transport the wire
   * @return the typed client
   */
  static TimeCoinLedger ledgerOver(LedgerTransport transport) {
    return new TransportLedger(transport);
  }

  /**
   * Runs a write and commits it.
   *
   * @param function the transaction name
   * @param argument the contract's only argument (the request JSON)
   * @param transientData what reaches the contract but is never recorded
   * @return the committed transaction and the contract's result
   * @throws Refused if the contract refused the write; nothing is committed then
   */
  Submitted submit(String function, String argument, Map<String, byte[]> transientData);

  /**
   * Runs a query; nothing is committed.
   *
   * @param function the transaction name
   * @param argument the contract's only argument
   * @return the contract's result
   * @throws Refused if the contract refused the query
   */
  default String evaluate(String function, String argument) {
    return evaluate(function, argument, Map.of());
  }

  /**
   * Runs a query with a transient map (what reaches the contract but is never recorded, e.g. the
   * one-time key GetClaimPrivate seals its answer under); nothing is committed.
   *
   * @param function the transaction name
   * @param argument the contract's only argument
   * @param transientData the transient map
   * @return the contract's result
   * @throws Refused if the contract refused the query
   */
  String evaluate(String function, String argument, Map<String, byte[]> transientData);

  /**
   * Delivers the chaincode events committed after {@code checkpoint} (all of them if it is empty),
   * then each new one, in commit order, on a thread of the subscription's own, saving the
   * checkpoint after each handler call.
   *
   * @param checkpoint where to resume, and where to record progress
   * @param handler called with each event
   * @return the running subscription
   */
  EventSubscription subscribe(EventCheckpoint checkpoint, Consumer<RawEvent> handler);

  /**
   * The status of a transaction this ledger has committed.
   *
   * @param transactionId the transaction
   * @return its status, or empty if this ledger does not know it
   */
  Optional<TransactionStatus> transactionStatus(String transactionId);

  /** Releases what the transport holds; the ledger behind it stays as it is. */
  @Override
  void close();

  /**
   * A committed write.
   *
   * @param transactionId its transaction
   * @param blockNumber the block that holds it
   * @param payload the contract's result (JSON)
   */
  record Submitted(String transactionId, long blockNumber, String payload) {}

  /**
   * A chaincode event as the contract set it; the client decodes the payload.
   *
   * @param name the event name
   * @param transactionId the transaction that set it
   * @param blockNumber the block that holds the transaction
   * @param payload the event payload (JSON)
   */
  record RawEvent(String name, String transactionId, long blockNumber, String payload) {}

  /**
   * The contract refused a call. The message is the contract's own ({@code [CODE] reason}); the
   * client turns it into the same {@link LedgerRejectedException} a peer's refusal becomes.
   */
  final class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The refused transaction. */
    private final String transactionId;

    /**
     * A refusal.
     *
     * @param transactionId the refused transaction
     * @param message the contract's message
     */
    public Refused(String transactionId, String message) {
      super(message);
      this.transactionId = Objects.requireNonNull(transactionId, "transactionId");
    }

    /**
     * The refused transaction.
     *
     * @return its id
     */
    public String transactionId() {
      return transactionId;
    }
  }
}
