package io.timecoin.client;

import io.grpc.Status.Code;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerErrors;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where Fabric Gateway and gRPC failures become {@link LedgerException}s.
 *
 * <p>Messages carry the transaction name, stage, gRPC status code and transaction id only: the
 * gateway's own text can contain the chaincode's message, which may echo request fields.
 */
final class LedgerFailures {

  private static final Logger LOG = LoggerFactory.getLogger(LedgerFailures.class);

  private LedgerFailures() {}

  /** An evaluate (query) failed. Nothing is written by an evaluation, so there is no txId. */
  static LedgerException evaluateFailed(String transactionName, GatewayException e) {
    return beforeOrdering(transactionName, "evaluation", null, e);
  }

  /** Endorsement failed: the transaction was never sent for ordering. */
  static LedgerException endorseFailed(String transactionName, EndorseException e) {
    return beforeOrdering(transactionName, "endorsement", e.getTransactionId(), e);
  }

  /** Handing the endorsed transaction to the orderer failed. */
  static LedgerException submitFailed(String transactionName, SubmitException e) {
    String txId = e.getTransactionId();
    Code code = e.getStatus().getCode();
    if (isUnavailable(code)) {
      return outcomeUnknown(transactionName, txId, code + " while submitting to the orderer", e);
    }
    LOG.warn("{} transaction {} was not accepted for ordering: {}", transactionName, txId, code);
    return new LedgerException(
        transactionName
            + " was not accepted for ordering: gRPC "
            + code
            + " (transaction "
            + txId
            + ")",
        txId,
        e);
  }

  /**
   * Waiting for the commit status failed. The transaction had been accepted for ordering, so
   * whatever the gRPC code, its outcome is unknown.
   */
  static LedgerOutcomeUnknownException commitStatusFailed(
      String transactionName, CommitStatusException e) {
    return outcomeUnknown(
        transactionName,
        e.getTransactionId(),
        e.getStatus().getCode() + " while waiting for the commit status",
        e);
  }

  /** The transaction was committed in a block but marked invalid. */
  static LedgerCommitException commitFailed(String transactionName, Status status) {
    String txId = status.getTransactionId();
    String validationCode = status.getCode().name();
    LedgerCommitException failure =
        new LedgerCommitException(
            transactionName
                + " transaction "
                + txId
                + " was invalidated with "
                + validationCode
                + " in block "
                + status.getBlockNumber()
                + "; nothing was written",
            txId,
            validationCode,
            status.getBlockNumber());
    LOG.warn(
        "{} transaction {} invalidated with {} in block {}",
        transactionName,
        txId,
        validationCode,
        status.getBlockNumber());
    return failure;
  }

  /**
   * The chaincode answered, but not with the JSON the wire contract promises. For a write the
   * transaction is already committed; the message says so, because retrying would only replay it.
   */
  static LedgerException unreadableResult(
      String transactionName, String transactionId, RuntimeException e) {
    // The decoder's message may quote the payload; keep only its type.
    String what =
        "Result of "
            + transactionName
            + " could not be decoded ("
            + e.getClass().getSimpleName()
            + ")";
    if (transactionId != null) {
      what += "; transaction " + transactionId + " was committed";
      LOG.error(
          "{} transaction {} committed with an undecodable result", transactionName, transactionId);
    }
    return new LedgerException(what, transactionId, null);
  }

  private static LedgerException beforeOrdering(
      String transactionName, String stage, String txId, GatewayException e) {
    Optional<LedgerRejectedException> rejected = rejection(transactionName, txId, e);
    if (rejected.isPresent()) {
      LOG.debug(
          "{} rejected by chaincode with {}{}",
          transactionName,
          rejected.get().code(),
          transactionSuffix(txId));
      return rejected.get();
    }
    Code code = e.getStatus().getCode();
    // ABORTED at endorsement: the endorsing peers returned different results, because their
    // ledgers were at different heights while another write to the same keys committed (a hot
    // account). FAILED_PRECONDITION without a chaincode code: the gateway could not build an
    // endorsement plan ("no combination of peers can be derived which satisfy the endorsement
    // policy"), as right after a peer or chaincode restart until discovery sees it again. Both are
    // transient, and nothing reached the orderer, so they are treated like unavailable.
    if (isUnavailable(code)
        || code == Code.FAILED_PRECONDITION
        || code == Code.ABORTED && e instanceof EndorseException) {
      LOG.warn("{} {} failed with {}{}", transactionName, stage, code, transactionSuffix(txId));
      return new LedgerUnavailableException(
          transactionName
              + " "
              + stage
              + " failed with gRPC "
              + code
              + "; nothing was sent for ordering, so retrying is safe"
              + transactionSuffix(txId),
          txId,
          false,
          e);
    }
    LOG.warn("{} {} failed with {}{}", transactionName, stage, code, transactionSuffix(txId));
    return new LedgerException(
        transactionName + " " + stage + " failed with gRPC " + code + transactionSuffix(txId),
        txId,
        e);
  }

  private static LedgerOutcomeUnknownException outcomeUnknown(
      String transactionName, String txId, String what, Exception e) {
    LOG.debug("Outcome of {} transaction {} unknown: {}", transactionName, txId, what);
    return new LedgerOutcomeUnknownException(
        "Outcome of "
            + transactionName
            + " transaction "
            + txId
            + " is unknown ("
            + what
            + "): query the ledger by the request's requestId before resubmitting; do not resubmit"
            + " blindly",
        txId,
        null,
        e);
  }

  /**
   * The client tried to settle a write's outcome within its bounds and could not: the final answer
   * of a write that may or may not commit.
   */
  static LedgerOutcomeUnknownException outcomeUnresolved(
      String transactionName, String txId, String requestId, int rounds, Throwable last) {
    LOG.warn(
        "Outcome of {} transaction {} still unknown after {} resolution rounds",
        transactionName,
        txId,
        rounds);
    return new LedgerOutcomeUnknownException(
        "Outcome of "
            + transactionName
            + " transaction "
            + txId
            + " is still unknown after "
            + rounds
            + " rounds of status checks, request lookups and resubmission within the write's"
            + " time budget: resolve it later by"
            + " its requestId (TimeCoinLedger.resolve), or send the same request again with the"
            + " same requestId; never under a new one",
        txId,
        requestId,
        last);
  }

  /**
   * Neither the first hand-over of a write nor the copy resent under the same requestId was
   * acknowledged by any orderer, and the request log did not hold it in between: the ordering
   * service is out of reach (cut off, down, or without a Raft leader). Answered at once rather than
   * spending the rest of the write's budget on copies that would meet the same wall. Outcome
   * unknown all the same: an orderer may have received a copy without answering.
   */
  static LedgerOutcomeUnknownException orderingUnreachable(
      String transactionName, String txId, String requestId, Throwable last) {
    LOG.warn(
        "{} transaction {}: no orderer acknowledged two hand-overs; ordering service unreachable",
        transactionName,
        txId);
    return new LedgerOutcomeUnknownException(
        "The ordering service could not be reached: no orderer acknowledged "
            + transactionName
            + " (transaction "
            + txId
            + ") nor a copy resent under the same requestId, and the request is not on the ledger."
            + " It commits only if an orderer received it without answering. Send the same request"
            + " again later with the same requestId (it is written at most once), or resolve it by"
            + " its requestId (TimeCoinLedger.resolve); never under a new one",
        txId,
        requestId,
        true,
        last);
  }

  /**
   * Whether a failure means the gateway endpoint itself could not be reached (or did not answer in
   * time) before anything was sent for ordering, so that the same call may go to another endpoint.
   */
  static boolean endpointUnreachable(LedgerException failure) {
    return failure instanceof LedgerUnavailableException unavailable
        && !unavailable.outcomeUnknown()
        && failure.getCause() instanceof GatewayException gateway
        && isUnavailable(gateway.getStatus().getCode());
  }

  /**
   * Looks for a {@code [CODE]} in the gateway's message, then in each endorser's error detail,
   * where the chaincode's own message ends up.
   */
  private static Optional<LedgerRejectedException> rejection(
      String transactionName, String txId, GatewayException e) {
    Optional<LedgerRejectedException> byChaincode =
        messages(e)
            .flatMap(
                message ->
                    LedgerErrors.codeOf(message)
                        .map(code -> rejected(transactionName, txId, message, code))
                        .stream())
            .findFirst();
    if (byChaincode.isPresent()) {
      return byChaincode;
    }
    // A peer that refuses the proposal's creator (revoked by its org's CRL in the channel
    // configuration, expired, not issued by its org's CA, bad signature) answers only this, and
    // logs the reason itself. No retry can change it: a stable code instead of "unavailable".
    if (messages(e).anyMatch(message -> CREATOR_REFUSED.matcher(message).find())) {
      return Optional.of(
          rejected(
              transactionName,
              txId,
              LedgerErrors.format(
                  ErrorCode.IDENTITY_REFUSED,
                  "the peers refused the client's certificate before running the chaincode"
                      + " (revoked by its organisation's CRL, expired, or not issued by its CA);"
                      + " nothing was written. Use another operator's identity; the peers' logs"
                      + " name the reason"),
              ErrorCode.IDENTITY_REFUSED));
    }
    return Optional.empty();
  }

  // What an endorsing peer answers when the proposal's creator fails validation: "access denied:
  // channel [<channel>] creator org [<mspId>]" (revoked, unknown issuer, bad signature) or
  // "proposal client identity expired".
  private static final java.util.regex.Pattern CREATOR_REFUSED =
      java.util.regex.Pattern.compile(
          "access denied: channel \\[[^\\]]*\\] creator org|proposal client identity expired");

  private static Stream<String> messages(GatewayException e) {
    return Stream.concat(
            Stream.of(e.getMessage()), e.getDetails().stream().map(ErrorDetail::getMessage))
        .filter(Objects::nonNull);
  }

  private static LedgerRejectedException rejected(
      String transactionName, String txId, String message, ErrorCode code) {
    String marker = "[" + code.name() + "]";
    String reason = message.substring(message.indexOf(marker) + marker.length()).strip();
    // No cause: it would carry the chaincode's text, which reason() exposes on purpose only.
    return new LedgerRejectedException(
        code,
        reason,
        transactionName + " rejected by the ledger: " + code.name() + transactionSuffix(txId),
        txId,
        null);
  }

  /**
   * A refusal by a contract run over a {@link LedgerTransport}: the same {@code [CODE] reason} text
   * a peer would return, so the same exception.
   */
  static LedgerException refusedInProcess(String transactionName, String txId, String message) {
    String text = message == null ? "" : message;
    return LedgerErrors.codeOf(text)
        .<LedgerException>map(code -> rejected(transactionName, txId, text, code))
        .orElseGet(
            () ->
                new LedgerException(
                    transactionName + " failed without an error code" + transactionSuffix(txId),
                    txId,
                    null));
  }

  private static boolean isUnavailable(Code code) {
    return code == Code.UNAVAILABLE || code == Code.DEADLINE_EXCEEDED;
  }

  private static String transactionSuffix(String txId) {
    return txId == null ? "" : " (transaction " + txId + ")";
  }
}
