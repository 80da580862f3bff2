package io.timecoin.chaincode.contract;

import io.timecoin.chaincode.access.AccessPolicy;
import io.timecoin.chaincode.clock.TimestampWindow;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerErrors;
import io.timecoin.model.LedgerValidationException;
import io.timecoin.model.Transactions;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.hyperledger.fabric.Logger;
import org.hyperledger.fabric.contract.execution.ExecutionFactory;
import org.hyperledger.fabric.contract.execution.InvocationRequest;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Where failures leave the chaincode. Every failure becomes a {@link ChaincodeException} whose
 * message is {@code [CODE] message} and whose payload is the code, because Gateway clients only see
 * the message. Causes are never attached: they can hold request text, and the shim logs what it is
 * given. Log lines carry the transaction id and code, nothing about the volunteer.
 */
final class TransactionBoundary {

  private static final Logger LOG = Logger.getLogger(TransactionBoundary.class);

  private TransactionBoundary() {}

  /**
   * Creates the context, refusing callers whose identity cannot be read at all and calls of a known
   * function with other than one argument. The argument count must be checked here: the shim
   * converts arguments right after creating the context, and fails with an uncoded error when there
   * are fewer than the function takes (and silently drops extra ones).
   */
  static TimeCoinContext open(ChaincodeStub stub, AccessPolicy policy, TimestampWindow window) {
    TimeCoinContext ctx;
    try {
      ctx = new TimeCoinContext(stub, policy, window);
    } catch (RuntimeException e) {
      // The shim reads the certificate's attributes itself and fails on a malformed extension;
      // such a caller gets the attribute code, any other unreadable identity ACCESS_DENIED.
      LedgerValidationException refusal =
          CreatorCertificate.attributeProblem(stub.getCreator())
              .orElseGet(
                  () ->
                      new LedgerValidationException(
                          ErrorCode.ACCESS_DENIED,
                          "the caller's identity is not an X.509 certificate"));
      throw reject(stub.getTxId(), refusal.code(), refusal.getMessage());
    }
    if (!stub.getArgs().isEmpty()) {
      InvocationRequest request = ExecutionFactory.getInstance().createRequest(stub);
      if (Transactions.named(request.getMethod()).isPresent() && request.getArgs().size() != 1) {
        throw reject(
            stub.getTxId(),
            ErrorCode.MALFORMED_REQUEST,
            LedgerErrors.format(
                ErrorCode.MALFORMED_REQUEST,
                request.getMethod()
                    + " takes exactly one argument, got "
                    + request.getArgs().size()));
      }
    }
    return ctx;
  }

  /** The failure for a transaction name the contract does not have. */
  static ChaincodeException unknownFunction(String txId) {
    return reject(
        txId,
        ErrorCode.UNKNOWN_FUNCTION,
        LedgerErrors.format(
            ErrorCode.UNKNOWN_FUNCTION, "the timecoin contract has no function of that name"));
  }

  /** Runs a transaction body, translating every failure. */
  static String run(TimeCoinContext ctx, Supplier<String> body) {
    try {
      return body.get();
    } catch (LedgerValidationException e) {
      throw reject(ctx.txId(), e.code(), e.getMessage());
    } catch (ChaincodeException e) {
      throw e;
    } catch (RuntimeException e) {
      LOG.severe(
          () ->
              "tx "
                  + ctx.txId()
                  + " failed with "
                  + ErrorCode.INTERNAL_ERROR
                  + " ("
                  + e.getClass().getName()
                  + ")");
      throw chaincodeException(
          ErrorCode.INTERNAL_ERROR,
          LedgerErrors.format(
              ErrorCode.INTERNAL_ERROR,
              "unexpected failure; the peer log has details under this transaction id"));
    }
  }

  private static ChaincodeException reject(String txId, ErrorCode code, String message) {
    LOG.info(() -> "tx " + txId + " rejected with " + code);
    return chaincodeException(code, message);
  }

  private static ChaincodeException chaincodeException(ErrorCode code, String message) {
    return new ChaincodeException(message, code.name().getBytes(StandardCharsets.UTF_8));
  }
}
