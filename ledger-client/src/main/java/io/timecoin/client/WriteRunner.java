package io.timecoin.client;

import io.timecoin.model.LedgerJson;
import io.timecoin.model.RequestView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one write: endorse by the organisations the write names (else as the gateway plans) and hand
 * to the orderer (with endpoint failover while nothing was sent), then wait for the commit status,
 * and settle the outcome through {@link OutcomeResolution} when the status does not arrive. A write
 * whose endorsement shows it is the replay of a request the ledger holds is not ordered: its answer
 * is the transaction that wrote, from the request log. Re-running after read conflicts is the
 * caller's part ({@link RetryPolicy}).
 */
final class WriteRunner {

  private static final Logger LOG = LoggerFactory.getLogger(WriteRunner.class);

  /** Between lookups of a replayed request whose record the peer asked does not show yet. */
  private static final Duration REPLAY_LOOKUP_PAUSE = Duration.ofMillis(100);

  private final Endpoints endpoints;
  private final EndorsingOrganizations endorsers;
  private final ResolutionPolicy resolution;
  private final Duration commitStatusTimeout;
  private final Duration lookupTimeout;

  WriteRunner(
      Endpoints endpoints,
      EndorsingOrganizations endorsers,
      ResolutionPolicy resolution,
      Duration commitStatusTimeout,
      Duration lookupTimeout) {
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.endorsers = Objects.requireNonNull(endorsers, "endorsers");
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
   * The MSP ids that must endorse {@code call} (empty: the gateway chooses).
   *
   * @throws LedgerException if the configuration does not name one of them; nothing is sent
   */
  List<String> endorsingOrganizations(WriteCall call) {
    return endorsers.of(call);
  }

  /**
   * Endorses and hands to the orderer through one endpoint. A failure before ordering is thrown; a
   * hand-over whose reception is unknown comes back as an attempt without a status handle; a replay
   * comes back unsent, marked as such.
   */
  WriteAttempt sendVia(EndpointSession session, WriteCall call) {
    String name = call.name();
    List<String> endorsing = endorsers.of(call);
    Proposal.Builder builder =
        session.contract().newProposal(name).addArguments(call.requestJson());
    if (!call.transientData().isEmpty()) {
      builder = builder.putAllTransient(call.transientData());
    }
    if (!endorsing.isEmpty()) {
      builder = builder.setEndorsingOrganizations(endorsing.toArray(String[]::new));
    }
    Proposal proposal = builder.build();
    String txId = proposal.getTransactionId();
    LOG.debug("Submitting {} as transaction {} via {}", name, txId, session.address());
    try {
      Transaction endorsed = proposal.endorse();
      if (EndorsedWrite.writesNothing(endorsed)) {
        LOG.debug("{} transaction {} is a replay; not ordered", name, txId);
        return WriteAttempt.replayOf(txId, session);
      }
      SubmittedTransaction submitted = endorsed.submitAsync();
      return new WriteAttempt(txId, submitted, session);
    } catch (EndorseException e) {
      throw LedgerFailures.endorseFailed(name, e);
    } catch (SubmitException e) {
      LedgerException failure = LedgerFailures.submitFailed(name, e);
      if (failure instanceof LedgerOutcomeUnknownException) {
        return WriteAttempt.unacknowledged(txId, session, failure);
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
    if (first.replay()) {
      return original(name, resultType, requestId, first, deadline);
    }
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

  /**
   * The answer for a replayed request: the transaction that wrote it, with its result and block,
   * from the request log of the endpoint that endorsed the replay. That peer already holds the
   * record; another peer of the org may be a block behind, so a missing record is asked again until
   * the deadline.
   */
  <T> Committed<T> original(
      String name,
      Class<T> resultType,
      String requestId,
      WriteAttempt replay,
      WriteDeadline deadline) {
    Throwable last = null;
    int lookups = 0;
    while (!deadline.expired()) {
      lookups++;
      try {
        Optional<RequestView> record = RequestLog.find(replay.session(), requestId);
        Optional<Committed<T>> answer =
            record.flatMap(
                found ->
                    RequestLog.committed(
                        replay.session(),
                        found,
                        name,
                        requestId,
                        resultType,
                        deadline.cap(lookupTimeout)));
        if (answer.isPresent()) {
          LOG.debug(
              "{} request replayed by {}; written by transaction {} in block {}",
              name,
              replay.transactionId(),
              answer.get().transactionId(),
              answer.get().blockNumber());
          return answer.get();
        }
      } catch (LedgerUnavailableException e) {
        last = e;
      }
      try {
        Thread.sleep(deadline.cap(REPLAY_LOOKUP_PAUSE).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LedgerOutcomeUnknownException(
            "Interrupted while looking up the transaction that wrote the request of " + name,
            replay.transactionId(),
            requestId,
            e);
      }
    }
    throw LedgerFailures.outcomeUnresolved(name, replay.transactionId(), requestId, lookups, last);
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
