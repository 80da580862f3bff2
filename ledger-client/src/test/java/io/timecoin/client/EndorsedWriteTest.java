package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.google.protobuf.ByteString;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.ledger.rwset.CollectionHashedReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.HashedRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRead;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWriteHash;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.junit.jupiter.api.Test;

/** Telling a replay (an endorsement that writes no key) from a write, in an endorsed envelope. */
class EndorsedWriteTest {

  private static final KVRead READ_OF_THE_REQUEST =
      KVRead.newBuilder().setKey("request-key").build();

  @Test
  void an_endorsement_that_only_reads_is_a_replay() {
    KVRWSet reads = KVRWSet.newBuilder().addReads(READ_OF_THE_REQUEST).build();

    assertThat(EndorsedWrite.writesNothing(endorsed(namespace(reads)))).isTrue();
  }

  @Test
  void an_endorsement_that_writes_a_public_key_is_not_a_replay() {
    KVRWSet writes =
        KVRWSet.newBuilder()
            .addReads(READ_OF_THE_REQUEST)
            .addWrites(KVWrite.newBuilder().setKey("request-key").setValue(ByteString.EMPTY))
            .build();

    assertThat(EndorsedWrite.writesNothing(endorsed(namespace(writes)))).isFalse();
  }

  @Test
  void an_endorsement_that_writes_only_private_data_is_not_a_replay() {
    HashedRWSet hashed =
        HashedRWSet.newBuilder()
            .addHashedWrites(KVWriteHash.newBuilder().setKeyHash(ByteString.copyFromUtf8("h")))
            .build();
    NsReadWriteSet namespace =
        namespace(KVRWSet.newBuilder().addReads(READ_OF_THE_REQUEST).build()).toBuilder()
            .addCollectionHashedRwset(
                CollectionHashedReadWriteSet.newBuilder()
                    .setCollectionName("claimDetails")
                    .setHashedRwset(hashed.toByteString()))
            .build();

    assertThat(EndorsedWrite.writesNothing(endorsed(namespace))).isFalse();
  }

  @Test
  void an_endorsement_that_cannot_be_read_is_ordered_as_usual() {
    Transaction missing = mock(Transaction.class);
    Transaction garbled = mock(Transaction.class);
    when(garbled.getBytes()).thenReturn(new byte[] {0x0a, 0x7f, 0x01});

    assertThat(EndorsedWrite.writesNothing(missing)).isFalse();
    assertThat(EndorsedWrite.writesNothing(garbled)).isFalse();
  }

  private static NsReadWriteSet namespace(KVRWSet keys) {
    return NsReadWriteSet.newBuilder()
        .setNamespace("timecoin")
        .setRwset(keys.toByteString())
        .build();
  }

  /** The bytes of an endorsed transaction that only reads, as a replay's are. */
  static byte[] replayBytes() {
    return prepared(namespace(KVRWSet.newBuilder().addReads(READ_OF_THE_REQUEST).build()));
  }

  private static Transaction endorsed(NsReadWriteSet namespace) {
    Transaction endorsed = mock(Transaction.class);
    when(endorsed.getBytes()).thenReturn(prepared(namespace));
    return endorsed;
  }

  private static byte[] prepared(NsReadWriteSet namespace) {
    ChaincodeAction action =
        ChaincodeAction.newBuilder()
            .setResults(TxReadWriteSet.newBuilder().addNsRwset(namespace).build().toByteString())
            .build();
    ChaincodeActionPayload actionPayload =
        ChaincodeActionPayload.newBuilder()
            .setAction(
                ChaincodeEndorsedAction.newBuilder()
                    .setProposalResponsePayload(
                        ProposalResponsePayload.newBuilder()
                            .setExtension(action.toByteString())
                            .build()
                            .toByteString()))
            .build();
    org.hyperledger.fabric.protos.peer.Transaction transaction =
        org.hyperledger.fabric.protos.peer.Transaction.newBuilder()
            .addActions(TransactionAction.newBuilder().setPayload(actionPayload.toByteString()))
            .build();
    Envelope envelope =
        Envelope.newBuilder()
            .setPayload(
                Payload.newBuilder().setData(transaction.toByteString()).build().toByteString())
            .build();
    return PreparedTransaction.newBuilder()
        .setTransactionId("tx-1")
        .setEnvelope(envelope)
        .build()
        .toByteArray();
  }
}
