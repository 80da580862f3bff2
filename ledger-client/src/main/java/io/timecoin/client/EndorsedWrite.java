package io.timecoin.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.ledger.rwset.CollectionHashedReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.HashedRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.TransactionAction;

/**
 * Reads what an endorsed write would change, from the endorsed transaction itself. Every write of
 * the contract stores its request record the first time it runs, so an endorsement that writes no
 * key at all is the replay of a request the ledger already holds: ordering it would only put an
 * empty transaction in a block and report its id instead of the one that wrote.
 */
final class EndorsedWrite {

  private EndorsedWrite() {}

  /**
   * Whether the endorsed transaction writes nothing. False when that cannot be told (bytes missing
   * or unreadable), so such a write is ordered as usual.
   */
  static boolean writesNothing(Transaction endorsed) {
    byte[] bytes = endorsed.getBytes();
    if (bytes == null) {
      return false;
    }
    try {
      return writesNothing(PreparedTransaction.parseFrom(bytes));
    } catch (InvalidProtocolBufferException e) {
      return false;
    }
  }

  static boolean writesNothing(PreparedTransaction prepared) throws InvalidProtocolBufferException {
    Payload payload = Payload.parseFrom(prepared.getEnvelope().getPayload());
    org.hyperledger.fabric.protos.peer.Transaction transaction =
        org.hyperledger.fabric.protos.peer.Transaction.parseFrom(payload.getData());
    if (transaction.getActionsCount() == 0) {
      return false;
    }
    for (TransactionAction action : transaction.getActionsList()) {
      if (writes(action)) {
        return false;
      }
    }
    return true;
  }

  private static boolean writes(TransactionAction action) throws InvalidProtocolBufferException {
    ByteString responsePayload =
        ChaincodeActionPayload.parseFrom(action.getPayload())
            .getAction()
            .getProposalResponsePayload();
    ChaincodeAction result =
        ChaincodeAction.parseFrom(
            ProposalResponsePayload.parseFrom(responsePayload).getExtension());
    TxReadWriteSet readWriteSet = TxReadWriteSet.parseFrom(result.getResults());
    for (NsReadWriteSet namespace : readWriteSet.getNsRwsetList()) {
      KVRWSet keys = KVRWSet.parseFrom(namespace.getRwset());
      if (keys.getWritesCount() > 0 || keys.getMetadataWritesCount() > 0) {
        return true;
      }
      for (CollectionHashedReadWriteSet collection : namespace.getCollectionHashedRwsetList()) {
        HashedRWSet hashed = HashedRWSet.parseFrom(collection.getHashedRwset());
        if (hashed.getHashedWritesCount() > 0 || hashed.getMetadataWritesCount() > 0) {
          return true;
        }
      }
    }
    return false;
  }
}
