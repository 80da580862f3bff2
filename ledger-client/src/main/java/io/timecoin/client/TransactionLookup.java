package io.timecoin.client;

import com.google.protobuf.InvalidProtocolBufferException;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Looks transactions up with the {@code qscc} system chaincode through the gateway peer: {@code
 * GetTransactionByID} for the validation code and {@code GetBlockByTxID} for the block number.
 */
final class TransactionLookup {

  private static final Pattern TX_ID = Pattern.compile("[0-9a-f]{64}");

  private final Contract qscc;
  private final String channelName;

  TransactionLookup(Contract qscc, String channelName) {
    this.qscc = Objects.requireNonNull(qscc, "qscc");
    this.channelName = Objects.requireNonNull(channelName, "channelName");
  }

  /** Looks transactions up through the query system chaincode of {@code network}'s peer. */
  static TransactionLookup on(Network network) {
    return new TransactionLookup(network.getContract("qscc"), network.getName());
  }

  Optional<TransactionStatus> find(String txId) {
    if (txId == null || !TX_ID.matcher(txId).matches()) {
      throw InputChecks.refused(
          "transactionStatus",
          new LedgerValidationException(
              ErrorCode.INVALID_ARGUMENT, "a transaction id is 64 lowercase hex characters"));
    }
    try {
      ProcessedTransaction processed =
          ProcessedTransaction.parseFrom(
              qscc.evaluateTransaction("GetTransactionByID", channelName, txId));
      Block block = Block.parseFrom(qscc.evaluateTransaction("GetBlockByTxID", channelName, txId));
      TxValidationCode code = TxValidationCode.forNumber(processed.getValidationCode());
      String name = code == null ? "UNKNOWN_" + processed.getValidationCode() : code.name();
      return Optional.of(new TransactionStatus(txId, name, block.getHeader().getNumber()));
    } catch (GatewayException e) {
      if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("no such transaction")
          || e.getDetails().stream()
              .anyMatch(
                  d -> d.getMessage().toLowerCase(Locale.ROOT).contains("no such transaction"))) {
        return Optional.empty();
      }
      throw LedgerFailures.evaluateFailed("qscc GetTransactionByID", e);
    } catch (InvalidProtocolBufferException e) {
      throw new LedgerException("qscc returned an unreadable transaction or block", txId, e);
    }
  }
}
