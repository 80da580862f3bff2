package io.timecoin.client;

import io.timecoin.model.LedgerJson;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one write: endorse and hand to the orderer (with endpoint failover while nothing was sent),
 * then wait for the commit status, and settle the outcome through {@link OutcomeResolution} when
 * the status does not arrive. Re-running after read conflicts is the caller's part ({@link
 * RetryPolicy}).
 */
final class WriteRunner {

  private static final Logger LOG = LoggerFactory.getLogger(WriteRunner.class);

  private final Endpoints endpoints;
  private final ResolutionPolicy resolution;
  private final Duration commitStatusTimeout;
  private final Duration lookupTimeout;

  WriteRunner(
      Endpoints endpoints,
      ResolutionPolicy resolution,
      Duration commitStatusTimeout,
      Duration lookupTimeout) {
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.resolution = Objects.requireNonNull(resolution, "resolution");
    this.commitStatusTimeout = Objects.requireNonNull(commitStatusTimeout, "commitStatusTimeout");
    this.lookupTimeout = Objects.requireNonNull(lookupTimeout, "lookupTimeout");
  }

  /** Sends and awaits one proposal, within {@code deadline}. */
  <T> Committed<T> once(WriteCall call, Class<T> resultType, WriteDeadline deadline) {
    return await(call, resultType, send(call), deadline);
  }

  /** Endorses and hands to the orderer, on the first endpoint that can be reached. */
  WriteAttempt send(WriteCall call) {
    return endpoints.call(session -> sendVia(session, call));
  }

  /**
   * Endorses and hands to the orderer through one endpoint. A failure before ordering is thrown; a
   * hand-over whose reception is unknown comes back as an attempt without a status handle.
   */
  static WriteAttempt sendVia(EndpointSession session, WriteCall call) {
    String name = call.name();
    Proposal.Builder builder =
        session.contract().newProposal(name).addArguments(call.requestJson());
    if (!call.transientData().isEmpty()) {
      builder = builder.putAllTransient(call.transientData());
    }
    Proposal proposal = builder.build();
    String txId = proposal.getTransactionId();
    LOG.debug("Submitting {} as transaction {} via {}", name, txId, session.address());
    try {
      SubmittedTransaction submitted = proposal.endorse().submitAsync();
      return new WriteAttempt(txId, submitted, session);
    } catch (EndorseException e) {
      throw LedgerFailures.endorseFailed(name, e);
    } catch (SubmitException e) {
      LedgerException failure = LedgerFailures.submitFailed(name, e);
      if (failure instanceof LedgerOutcomeUnknownException) {
        return new WriteAttempt(txId, null, session);
      }
      throw failure;
    }
  }

  /**
   * Waits for the attempt's commit status, no longer than the configured wait nor past {@code
   * deadline}; settles the outcome if it does not come.
   */
  <T> Committed<T> await(
      WriteCall call, Class<T> resultType, WriteAttempt first, WriteDeadline deadline) {
    String name = call.name();
    String requestId = requestIdOf(call.requestJson());
    Throwable cause = null;
    if (first.submitted() != null) {
      try {
        Status status = first.submitted().getStatus(deadline.callOptions(commitStatusTimeout));
        return decided(name, resultType, requestId, first, status);
      } catch (CommitStatusException e) {
        cause = LedgerFailures.commitStatusFailed(name, e);
      }
    }
    return new OutcomeResolution<>(
            this, call, requestId, resultType, first, cause, resolution, deadline)
        .settle();
  }

  /** A known commit status: the committed result, or the validation failure (nothing written). */
  static <T> Committed<T> decided(
      String name, Class<T> resultType, String requestId, WriteAttempt attempt, Status status) {
    if (!status.isSuccessful()) {
      throw LedgerFailures.commitFailed(name, status);
    }
    String txId = attempt.transactionId();
    LOG.debug("{} transaction {} committed in block {}", name, txId, status.getBlockNumber());
    T value = decode(name, txId, attempt.submitted().getResult(), resultType);
    return new Committed<>(value, txId, status.getBlockNumber(), requestId);
  }

  Endpoints endpoints() {
    return endpoints;
  }

  Duration commitStatusTimeout() {
    return commitStatusTimeout;
  }

  Duration lookupTimeout() {
    return lookupTimeout;
  }

  static <T> T decode(String name, String txId, byte[] json, Class<T> resultType) {
    try {
      return Objects.requireNonNull(LedgerJson.read(json, resultType), "decoded result");
    } catch (RuntimeException e) {
      throw LedgerFailures.unreadableResult(name, txId, e);
    }
  }

  /**
   * The requestId inside a write's request JSON. Every write request of the wire contract has one
   * (its record refuses to exist without it), so it is read here rather than passed separately.
   */
  static String requestIdOf(String requestJson) {
    Map<?, ?> fields = LedgerJson.read(requestJson, Map.class);
    Object requestId = fields.get("requestId");
    if (!(requestId instanceof String text)) {
      throw new IllegalArgumentException("write request has no requestId");
    }
    return text;
  }
}
