package io.timecoin.auditstore.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import com.google.protobuf.Timestamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
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
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeEvent;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.Test;

class BlockDecoderTest {

  private static final Instant TIME = Instant.parse("2026-11-30T06:00:00.123456Z");

  @Test
  void reads_ids_validation_codes_and_only_the_invoked_chaincodes_writes() {
    Block block =
        block(
            7,
            List.of(endorserTx("tx-1", "timecoin"), configTx("tx-2"), endorserTx("tx-3", "other")),
            new byte[] {
              (byte) TxValidationCode.VALID_VALUE,
              (byte) TxValidationCode.VALID_VALUE,
              (byte) TxValidationCode.MVCC_READ_CONFLICT_VALUE
            });

    LedgerBlock decoded = BlockDecoder.decode(block);

    assertThat(decoded.number()).isEqualTo(7);
    assertThat(decoded.transactions()).hasSize(3);
    LedgerTransaction first = decoded.transactions().get(0);
    assertThat(first.txId()).isEqualTo("tx-1");
    assertThat(first.validationCode()).isEqualTo("VALID");
    assertThat(first.timestamp()).isEqualTo(TIME);
    assertThat(first.creatorMsp()).isEqualTo("PlatformMSP");
    assertThat(first.eventName()).isEqualTo("timecoin.EarningRecorded.v1");
    assertThat(first.writes())
        .containsExactly(
            new StateWrite("\0account\0vol-1\0", bytes("{}"), false),
            new StateWrite("\0claimopen\0v\0a\0", null, true));
    assertThat(first.isValidInvocationOf("timecoin")).isTrue();

    LedgerTransaction config = decoded.transactions().get(1);
    assertThat(config.headerType()).isEqualTo("CONFIG");
    assertThat(config.writes()).isEmpty();
    assertThat(config.isValidInvocationOf("timecoin")).isFalse();

    LedgerTransaction conflicted = decoded.transactions().get(2);
    assertThat(conflicted.validationCode()).isEqualTo("MVCC_READ_CONFLICT");
    assertThat(conflicted.isValidInvocationOf("other")).isFalse();
  }

  @Test
  void refuses_a_block_whose_validation_flags_do_not_match_its_transactions() {
    Block block = block(3, List.of(endorserTx("tx-1", "timecoin")), new byte[] {0, 0});

    assertThatThrownBy(() -> BlockDecoder.decode(block))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("block 3 has 1 transactions but 2 validation flags");
  }

  @Test
  void refuses_a_transaction_that_does_not_parse() {
    Block block =
        Block.newBuilder()
            .setHeader(BlockHeader.newBuilder().setNumber(4))
            .setData(BlockData.newBuilder().addData(ByteString.copyFrom(new byte[] {1, 2, 3})))
            .setMetadata(metadata(new byte[] {0}))
            .build();

    assertThatThrownBy(() -> BlockDecoder.decode(block))
        .isInstanceOf(MalformedBlockException.class)
        .hasMessageContaining("block 4 transaction 0 does not parse");
  }

  static Block block(long number, List<Envelope> envelopes, byte[] flags) {
    BlockData.Builder data = BlockData.newBuilder();
    envelopes.forEach(e -> data.addData(e.toByteString()));
    return Block.newBuilder()
        .setHeader(BlockHeader.newBuilder().setNumber(number))
        .setData(data)
        .setMetadata(metadata(flags))
        .build();
  }

  private static BlockMetadata metadata(byte[] flags) {
    // Fabric's metadata slots: SIGNATURES, LAST_CONFIG, TRANSACTIONS_FILTER, ...
    return BlockMetadata.newBuilder()
        .addMetadata(ByteString.EMPTY)
        .addMetadata(ByteString.EMPTY)
        .addMetadata(ByteString.copyFrom(flags))
        .build();
  }

  static Envelope endorserTx(String txId, String chaincode) {
    TxReadWriteSet rwset =
        TxReadWriteSet.newBuilder()
            .addNsRwset(
                NsReadWriteSet.newBuilder()
                    .setNamespace("_lifecycle")
                    .setRwset(
                        KVRWSet.newBuilder()
                            .addWrites(KVWrite.newBuilder().setKey("x").setValue(bs("y")))
                            .build()
                            .toByteString()))
            .addNsRwset(
                NsReadWriteSet.newBuilder()
                    .setNamespace(chaincode)
                    .setRwset(
                        KVRWSet.newBuilder()
                            .addWrites(
                                KVWrite.newBuilder()
                                    .setKey("\0account\0vol-1\0")
                                    .setValue(bs("{}")))
                            .addWrites(
                                KVWrite.newBuilder()
                                    .setKey("\0claimopen\0v\0a\0")
                                    .setIsDelete(true))
                            .build()
                            .toByteString()))
            .build();
    ChaincodeAction action =
        ChaincodeAction.newBuilder()
            .setChaincodeId(ChaincodeID.newBuilder().setName(chaincode))
            .setResults(rwset.toByteString())
            .setEvents(
                ChaincodeEvent.newBuilder()
                    .setEventName("timecoin.EarningRecorded.v1")
                    .build()
                    .toByteString())
            .build();
    ProposalResponsePayload response =
        ProposalResponsePayload.newBuilder().setExtension(action.toByteString()).build();
    ChaincodeActionPayload actionPayload =
        ChaincodeActionPayload.newBuilder()
            .setAction(
                ChaincodeEndorsedAction.newBuilder()
                    .setProposalResponsePayload(response.toByteString()))
            .build();
    Transaction transaction =
        Transaction.newBuilder()
            .addActions(TransactionAction.newBuilder().setPayload(actionPayload.toByteString()))
            .build();
    return envelope(txId, HeaderType.ENDORSER_TRANSACTION, transaction.toByteString());
  }

  private static Envelope configTx(String txId) {
    return envelope(txId, HeaderType.CONFIG, ByteString.EMPTY);
  }

  private static Envelope envelope(String txId, HeaderType type, ByteString data) {
    ChannelHeader channelHeader =
        ChannelHeader.newBuilder()
            .setType(type.getNumber())
            .setTxId(txId)
            .setChannelId("timecoin")
            .setTimestamp(
                Timestamp.newBuilder().setSeconds(TIME.getEpochSecond()).setNanos(TIME.getNano()))
            .build();
    SignatureHeader signatureHeader =
        SignatureHeader.newBuilder()
            .setCreator(
                SerializedIdentity.newBuilder().setMspid("PlatformMSP").build().toByteString())
            .build();
    Payload payload =
        Payload.newBuilder()
            .setHeader(
                Header.newBuilder()
                    .setChannelHeader(channelHeader.toByteString())
                    .setSignatureHeader(signatureHeader.toByteString()))
            .setData(data)
            .build();
    return Envelope.newBuilder().setPayload(payload.toByteString()).build();
  }

  private static ByteString bs(String text) {
    return ByteString.copyFromUtf8(text);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
