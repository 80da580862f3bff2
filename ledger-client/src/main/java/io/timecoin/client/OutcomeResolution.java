package io.timecoin.client;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.RequestView;
import io.timecoin.model.TransactionNames;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles a write whose commit status did not arrive in time, so that the caller gets the committed
 * result or a definite "not committed", and the write is never made twice. Each round:
 *
 * <ol>
 *   <li>ask for the latest attempt's commit status again ({@link ResolutionPolicy#statusRechecks()}
 *       times, pausing between): valid means committed; invalid is definite for the first attempt
 *       alone (the caller's retry policy may then re-run a read conflict), and after a resubmission
 *       means only that this copy lost, so go on;
 *   <li>look the requestId up with {@code GetRequest}: found under one of this write's own
 *       transactions means committed (result and transaction from the ledger's request log, block
 *       from that transaction's status); found under another transaction (an earlier call with the
 *       same requestId) goes on to step 3, whose replay or refusal says whether it was this
 *       request;
 *   <li>not found is no proof that the first attempt will never commit (it may still be in the
 *       orderer), so send the same request again under the same requestId, first through the
 *       endpoint that sent the first attempt. The chaincode reads the requestId's key in every
 *       copy, so at most one copy can commit: if the first already has, this one is endorsed as a
 *       replay that writes nothing, is not ordered, and the answer is the transaction the request
 *       log names; if this one commits first, the first fails its read check. If the copy commits,
 *       that is the answer. If the same peer refuses it by the rules, the first attempt cannot
 *       commit either (see the README), so that refusal is the definite answer.
 * </ol>
 *
 * An attempt that no orderer acknowledged (the gateway's hand-over timed out or was refused as
 * unavailable) has no status to wait for: step 1 is skipped for it, since the peer would only hold
 * the call until its deadline. When the copy of step 3 goes unacknowledged too (and step 2 found no
 * record in between), the ordering service is out of reach, and the outcome is reported unknown at
 * once ({@link LedgerOutcomeUnknownException#orderingUnreachable()}) instead of spending the rest
 * of the budget on copies that meet the same wall: a write with the orderer cut off fails in
 * seconds.
 *
 * <p>After {@link ResolutionPolicy#rounds()} rounds without an answer, or when the write's {@link
 * WriteDeadline} has passed, the outcome is reported as unknown ({@link
 * LedgerOutcomeUnknownException}) with the requestId to settle it later. Every wait inside a round
 * (status, lookup, resubmission) is cut to what is left of the deadline.
 *
 * <p>A resubmission refused by a rule that reads the transaction's time ({@link
 * Refusals#dependsOnTime}) is not definite: the copy ran later than the first attempt, which may
 * still commit at its own time.
 */
final class OutcomeResolution<T> {

  private static final Logger LOG = LoggerFactory.getLogger(OutcomeResolution.class);

  private final WriteRunner runner;
  private final WriteCall call;
  private final String name;
  private final String requestId;
  private final Class<T> resultType;
  private final WriteAttempt first;
  private final ResolutionPolicy policy;
  private final WriteDeadline deadline;
  private WriteAttempt latest;
  private final Set<String> attempts = new HashSet<>();
  private Throwable lastFailure;
  private int step;
  // Attempts in a row that no orderer acknowledged; two end the settling (ordering unreachable).
  private int unacknowledgedInARow;
  // Whether the latest request lookup answered "not found" (not merely failed to answer).
  private boolean lookedUpAndAbsent;

  OutcomeResolution(
      WriteRunner runner,
      WriteCall call,
      String requestId,
      Class<T> resultType,
      WriteAttempt first,
      Throwable cause,
      ResolutionPolicy policy,
      WriteDeadline deadline) {
    this.runner = runner;
    this.call = call;
    this.name = call.name();
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.resultType = resultType;
    this.first = first;
    this.latest = first;
    this.attempts.add(first.transactionId());
    this.lastFailure = first.handOverFailed() ? first.handOverFailure() : cause;
    this.unacknowledgedInARow = first.handOverFailed() ? 1 : 0;
    this.policy = policy;
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  Committed<T> settle() {
    LOG.info(
        "Commit status of {} transaction {} not received; settling its outcome",
        name,
        first.transactionId());
    int round = 1;
    for (; round <= policy.rounds() && !deadline.expired(); round++) {
      Optional<Committed<T>> answer = recheckStatus();
      if (answer.isEmpty() && !deadline.expired()) {
        answer = lookUpRequest();
      }
      if (answer.isEmpty() && !deadline.expired()) {
        answer = resubmit();
      }
      if (answer.isPresent()) {
        LOG.info(
            "{} transaction {} settled as committed by {} in block {} (round {})",
            name,
            first.transactionId(),
            answer.get().transactionId(),
            answer.get().blockNumber(),
            round);
        return answer.get();
      }
    }
    throw LedgerFailures.outcomeUnresolved(
        name, latest.transactionId(), requestId, round - 1, lastFailure);
  }

  /** Step 1. Throws the definite failure if the first attempt, alone so far, was invalidated. */
  private Optional<Committed<T>> recheckStatus() {
    if (latest.handOverFailed()) {
      // No orderer took it, as far as anyone knows: the request log (step 2) says whether it
      // committed all the same; a status call would wait for a block that may never come.
      return Optional.empty();
    }
    for (int i = 0; i < policy.statusRechecks() && !deadline.expired(); i++) {
      pause();
      Status status;
      try {
        status = statusOf(latest);
      } catch (CommitStatusException e) {
        lastFailure = e;
        continue;
      }
      if (status.isSuccessful() && latest.submitted() != null) {
        return Optional.of(WriteRunner.decided(name, resultType, requestId, latest, status));
      }
      if (!status.isSuccessful() && latest == first) {
        throw LedgerFailures.commitFailed(name, status);
      }
      // Valid but without a result in hand (the hand-over had failed), or a later copy lost:
      // the request log knows the rest.
      return Optional.empty();
    }
    return Optional.empty();
  }

  private Status statusOf(WriteAttempt attempt) throws CommitStatusException {
    return attempt.submitted() != null
        ? attempt.submitted().getStatus(deadline.callOptions(runner.commitStatusTimeout()))
        : attempt
            .session()
            .commitStatus(attempt.transactionId(), deadline.cap(runner.commitStatusTimeout()));
  }

  /** Step 2: the ledger's request log, the one authority on whether the requestId committed. */
  private Optional<Committed<T>> lookUpRequest() {
    lookedUpAndAbsent = false;
    RequestView view;
    try {
      view =
          runner
              .endpoints()
              .call(
                  session -> {
                    try {
                      byte[] json =
                          session
                              .contract()
                              .evaluateTransaction(TransactionNames.GET_REQUEST, requestId);
                      return WriteRunner.decode(
                          TransactionNames.GET_REQUEST, null, json, RequestView.class);
                    } catch (GatewayException e) {
                      throw LedgerFailures.evaluateFailed(TransactionNames.GET_REQUEST, e);
                    }
                  });
    } catch (LedgerRejectedException e) {
      if (e.code() == ErrorCode.REQUEST_NOT_FOUND) {
        lookedUpAndAbsent = true;
        return Optional.empty();
      }
      throw e;
    } catch (LedgerUnavailableException e) {
      lastFailure = e;
      return Optional.empty();
    }
    if (!attempts.contains(view.txId())) {
      // Written by an earlier call with this requestId, not by this one: only the chaincode can
      // tell whether it was this very request. The resend in step 3 replays its result if so and
      // is refused with IDEMPOTENCY_CONFLICT if not.
      LOG.info("{} requestId found, written by an earlier transaction {}", name, view.txId());
      return Optional.empty();
    }
    T value =
        WriteRunner.decode(
            name,
            view.txId(),
            view.result().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            resultType);
    long block;
    try {
      block =
          runner
              .endpoints()
              .current()
              .commitStatus(view.txId(), deadline.cap(runner.lookupTimeout()))
              .getBlockNumber();
    } catch (CommitStatusException e) {
      // Committed for certain, but its block is not known yet: the next round asks again.
      lastFailure = e;
      return Optional.empty();
    }
    return Optional.of(new Committed<>(value, view.txId(), block, requestId));
  }

  /** Step 3: the same request again, first through the endpoint that sent the first attempt. */
  private Optional<Committed<T>> resubmit() {
    pause();
    WriteAttempt copy;
    try {
      copy = runner.sendVia(first.session(), call);
    } catch (LedgerRejectedException refused) {
      if (Refusals.dependsOnTime(refused.code())) {
        // Refused at a later time than the first attempt ran at: says nothing about that one.
        LOG.info(
            "{} resubmission refused with {}, a rule that reads the time; not definite",
            name,
            refused.code());
        lastFailure = refused;
        return Optional.empty();
      }
      // Same peer, later ledger height, same request: see the class comment and the README.
      LOG.info(
          "{} request refused with {} on resubmission after an unknown outcome; definite",
          name,
          refused.code());
      throw refused;
    } catch (LedgerException e) {
      if (!LedgerFailures.endpointUnreachable(e)) {
        lastFailure = e;
        return Optional.empty();
      }
      copy = viaAnotherEndpoint();
      if (copy == null) {
        return Optional.empty();
      }
    }
    if (copy.replay()) {
      // The ledger holds this very request (the chaincode replays only an identical one), written
      // by the first attempt or by an earlier call: the request log names that transaction.
      return replayAnswer(copy);
    }
    latest = copy;
    attempts.add(copy.transactionId());
    LOG.info(
        "{} request resent under the same requestId as transaction {} via {}",
        name,
        copy.transactionId(),
        copy.session().address());
    if (copy.handOverFailed()) {
      lastFailure = copy.handOverFailure();
      // Only when the request log said "not found" in between: the answer claims it.
      if (++unacknowledgedInARow >= 2 && lookedUpAndAbsent) {
        throw LedgerFailures.orderingUnreachable(
            name, copy.transactionId(), requestId, lastFailure);
      }
      return Optional.empty();
    }
    unacknowledgedInARow = 0;
    try {
      Status status =
          copy.submitted().getStatus(deadline.callOptions(runner.commitStatusTimeout()));
      if (status.isSuccessful()) {
        return Optional.of(WriteRunner.decided(name, resultType, requestId, copy, status));
      }
      LOG.debug(
          "Resubmitted {} {} invalidated with {}", name, copy.transactionId(), status.getCode());
    } catch (CommitStatusException e) {
      lastFailure = e;
    }
    return Optional.empty();
  }

  private Optional<Committed<T>> replayAnswer(WriteAttempt replay) {
    try {
      Optional<RequestView> record = RequestLog.find(replay.session(), requestId);
      return record.flatMap(
          found ->
              RequestLog.committed(
                  replay.session(),
                  found,
                  name,
                  requestId,
                  resultType,
                  deadline.cap(runner.lookupTimeout())));
    } catch (LedgerUnavailableException e) {
      lastFailure = e;
      return Optional.empty();
    }
  }

  /**
   * The first attempt's endpoint is unreachable: try the others. A refusal from another peer is not
   * definite (that peer's ledger may be behind the one that endorsed the first attempt).
   */
  private WriteAttempt viaAnotherEndpoint() {
    try {
      return runner.send(call);
    } catch (LedgerException e) {
      lastFailure = e;
      return null;
    }
  }

  private void pause() {
    try {
      policy.pause(++step, deadline);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerOutcomeUnknownException(
          "Interrupted while settling the outcome of "
              + name
              + " transaction "
              + latest.transactionId(),
          latest.transactionId(),
          requestId,
          e);
    }
  }
}
