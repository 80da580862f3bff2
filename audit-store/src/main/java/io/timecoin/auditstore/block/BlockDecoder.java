package io.timecoin.auditstore.block;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * Reads what the projection needs out of a Fabric block: per transaction its id, the validation
 * code the committing peer put in the block metadata, and the writes of the invoked chaincode.
 * Checks nothing cryptographic: that is the block verifier's job, before blocks reach a {@link
 * BlockSource}.
 */
public final class BlockDecoder {

  private BlockDecoder() {}

  /**
   * @throws MalformedBlockException if the block's structure is not what Fabric writes
   */
  public static LedgerBlock decode(Block block) {
    long number = block.getHeader().getNumber();
    List<ByteString> data = block.getData().getDataList();
    ByteString flags = validationFlags(block, number, data.size());
    List<LedgerTransaction> transactions = new ArrayList<>(data.size());
    for (int i = 0; i < data.size(); i++) {
      try {
        transactions.add(transaction(i, data.get(i), flags.byteAt(i)));
      } catch (InvalidProtocolBufferException e) {
        throw new MalformedBlockException(
            "block " + number + " transaction " + i + " does not parse: " + e.getMessage());
      }
    }
    return new LedgerBlock(number, transactions);
  }

  private static ByteString validationFlags(Block block, long number, int count) {
    int index = BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE;
    if (block.getMetadata().getMetadataCount() <= index) {
      throw new MalformedBlockException("block " + number + " has no transaction filter");
    }
    ByteString flags = block.getMetadata().getMetadata(index);
    if (flags.size() != count) {
      throw new MalformedBlockException(
          "block "
              + number
              + " has "
              + count
              + " transactions but "
              + flags.size()
              + " validation flags");
    }
    return flags;
  }

  private static LedgerTransaction transaction(int index, ByteString bytes, byte flag)
      throws InvalidProtocolBufferException {
    TxValidationCode code = TxValidationCode.forNumber(Byte.toUnsignedInt(flag));
    String validation = code == null ? "UNKNOWN_" + Byte.toUnsignedInt(flag) : code.name();
    Envelope envelope = Envelope.parseFrom(bytes);
    Payload payload = Payload.parseFrom(envelope.getPayload());
    ChannelHeader header = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
    HeaderType type = HeaderType.forNumber(header.getType());
    String headerType = type == null ? "UNKNOWN_" + header.getType() : type.name();
    Instant timestamp =
        header.hasTimestamp()
            ? Instant.ofEpochSecond(
                header.getTimestamp().getSeconds(), header.getTimestamp().getNanos())
            : null;
    SignatureHeader signature = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
    String creatorMsp =
        signature.getCreator().isEmpty()
            ? null
            : SerializedIdentity.parseFrom(signature.getCreator()).getMspid();
    if (type != HeaderType.ENDORSER_TRANSACTION) {
      return new LedgerTransaction(
          index,
          header.getTxId(),
          validation,
          headerType,
          timestamp,
          creatorMsp,
          null,
          null,
          List.of());
    }
    Transaction transaction = Transaction.parseFrom(payload.getData());
    if (transaction.getActionsCount() != 1) {
      // Fabric's gateway and SDKs put exactly one action in a transaction; more is not ours.
      return new LedgerTransaction(
          index,
          header.getTxId(),
          validation,
          headerType,
          timestamp,
          creatorMsp,
          null,
          null,
          List.of());
    }
    ChaincodeActionPayload actionPayload =
        ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
    ProposalResponsePayload response =
        ProposalResponsePayload.parseFrom(actionPayload.getAction().getProposalResponsePayload());
    ChaincodeAction action = ChaincodeAction.parseFrom(response.getExtension());
    String chaincode = action.getChaincodeId().getName();
    ChaincodeEvent event = ChaincodeEvent.parseFrom(action.getEvents());
    String eventName = event.getEventName().isEmpty() ? null : event.getEventName();
    return new LedgerTransaction(
        index,
        header.getTxId(),
        validation,
        headerType,
        timestamp,
        creatorMsp,
        chaincode,
        eventName,
        writesOf(TxReadWriteSet.parseFrom(action.getResults()), chaincode));
  }

  private static List<StateWrite> writesOf(TxReadWriteSet rwset, String namespace)
      throws InvalidProtocolBufferException {
    List<StateWrite> writes = new ArrayList<>();
    for (NsReadWriteSet ns : rwset.getNsRwsetList()) {
      if (!ns.getNamespace().equals(namespace)) {
        continue;
      }
      for (KVWrite write : KVRWSet.parseFrom(ns.getRwset()).getWritesList()) {
        writes.add(
            new StateWrite(write.getKey(), write.getValue().toByteArray(), write.getIsDelete()));
      }
    }
    return writes;
  }
}
