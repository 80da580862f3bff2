package io.timecoin.client;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerErrors;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.gateway.CommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.CommitStatusResponse;
import org.hyperledger.fabric.protos.gateway.EndorseRequest;
import org.hyperledger.fabric.protos.gateway.EndorseResponse;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.hyperledger.fabric.protos.gateway.GatewayGrpc;
import org.hyperledger.fabric.protos.gateway.SignedCommitStatusRequest;
import org.hyperledger.fabric.protos.gateway.SubmitRequest;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeHeaderExtension;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ChaincodeInput;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeSpec;
import org.hyperledger.fabric.protos.peer.Proposal;
import org.hyperledger.fabric.protos.peer.SignedProposal;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

/**
 * What a hostile client sends: a proposal built by hand with fabric-protos (any transaction
 * timestamp, any set of endorsing organisations), signed with a real client identity's key, and
 * pushed through the Gateway's own gRPC service (Endorse, Submit, CommitStatus), bypassing every
 * check the typed client would make. Used by the trust table's integration tests.
 */
final class ForgedProposals implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final LedgerConnectionConfig config;
  private final ManagedChannel channel;
  private final GatewayGrpc.GatewayBlockingStub gateway;
  private final Signer signer;
  private final ByteString creator;

  private ForgedProposals(LedgerConnectionConfig config) {
    this.config = config;
    this.channel = GatewayConnection.newChannel(config);
    this.gateway = GatewayGrpc.newBlockingStub(channel);
    this.signer = GatewayConnection.newSigner(config);
    X509Identity identity = GatewayConnection.newIdentity(config);
    this.creator =
        SerializedIdentity.newBuilder()
            .setMspid(identity.getMspId())
            .setIdBytes(ByteString.copyFrom(identity.getCredentials()))
            .build()
            .toByteString();
  }

  /** Forges as {@code org}'s client identity, through that org's gateway. */
  static ForgedProposals as(String org) {
    Path clients =
        Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"), "clients");
    return new ForgedProposals(
        LedgerConnectionConfig.fromProperties(clients.resolve(org + ".properties")));
  }

  /**
   * What happened to one forged transaction: refused at endorsement (with the chaincode's code, if
   * any), or ordered and committed with a validation code.
   */
  record Result(
      String transactionId, ErrorCode refusedWith, String endorseError, String validation) {

    boolean committedValid() {
      return TxValidationCode.VALID.name().equals(validation);
    }
  }

  /**
   * Builds, signs, endorses (by {@code endorsingOrgs}, or the gateway's own plan when empty),
   * submits and waits for the commit status of one transaction stamped {@code timestamp}.
   */
  Result send(
      Instant timestamp,
      List<String> endorsingOrgs,
      Map<String, byte[]> transientData,
      String function,
      String... args) {
    byte[] nonce = new byte[24];
    RANDOM.nextBytes(nonce);
    String txId = HexFormat.of().formatHex(sha256(concat(nonce, creator.toByteArray())));
    ChannelHeader channelHeader =
        ChannelHeader.newBuilder()
            .setType(HeaderType.ENDORSER_TRANSACTION_VALUE)
            .setChannelId(config.channelName())
            .setTxId(txId)
            .setTimestamp(
                Timestamp.newBuilder()
                    .setSeconds(timestamp.getEpochSecond())
                    .setNanos(timestamp.getNano()))
            .setExtension(
                ChaincodeHeaderExtension.newBuilder()
                    .setChaincodeId(ChaincodeID.newBuilder().setName(config.chaincodeName()))
                    .build()
                    .toByteString())
            .build();
    SignatureHeader signatureHeader =
        SignatureHeader.newBuilder()
            .setCreator(creator)
            .setNonce(ByteString.copyFrom(nonce))
            .build();
    ChaincodeInput.Builder input =
        ChaincodeInput.newBuilder().addArgs(ByteString.copyFromUtf8(function));
    for (String arg : args) {
      input.addArgs(ByteString.copyFromUtf8(arg));
    }
    ChaincodeProposalPayload.Builder payload =
        ChaincodeProposalPayload.newBuilder()
            .setInput(
                ChaincodeInvocationSpec.newBuilder()
                    .setChaincodeSpec(
                        ChaincodeSpec.newBuilder()
                            .setChaincodeId(
                                ChaincodeID.newBuilder().setName(config.chaincodeName()))
                            .setInput(input))
                    .build()
                    .toByteString());
    transientData.forEach((key, value) -> payload.putTransientMap(key, ByteString.copyFrom(value)));
    Proposal proposal =
        Proposal.newBuilder()
            .setHeader(
                Header.newBuilder()
                    .setChannelHeader(channelHeader.toByteString())
                    .setSignatureHeader(signatureHeader.toByteString())
                    .build()
                    .toByteString())
            .setPayload(payload.build().toByteString())
            .build();
    SignedProposal signed =
        SignedProposal.newBuilder()
            .setProposalBytes(proposal.toByteString())
            .setSignature(sign(proposal.toByteArray()))
            .build();

    EndorseResponse endorsed;
    try {
      endorsed =
          gateway
              .withDeadlineAfter(60, TimeUnit.SECONDS)
              .endorse(
                  EndorseRequest.newBuilder()
                      .setTransactionId(txId)
                      .setChannelId(config.channelName())
                      .setProposedTransaction(signed)
                      .addAllEndorsingOrganizations(endorsingOrgs)
                      .build());
    } catch (StatusRuntimeException e) {
      String details = details(e);
      return new Result(
          txId, LedgerErrors.codeOf(chaincodeMessage(details)).orElse(null), details, null);
    }
    Envelope prepared = endorsed.getPreparedTransaction();
    Envelope envelope =
        prepared.toBuilder().setSignature(sign(prepared.getPayload().toByteArray())).build();
    gateway
        .withDeadlineAfter(60, TimeUnit.SECONDS)
        .submit(
            SubmitRequest.newBuilder()
                .setTransactionId(txId)
                .setChannelId(config.channelName())
                .setPreparedTransaction(envelope)
                .build());
    CommitStatusRequest status =
        CommitStatusRequest.newBuilder()
            .setChannelId(config.channelName())
            .setTransactionId(txId)
            .setIdentity(creator)
            .build();
    CommitStatusResponse committed =
        gateway
            .withDeadlineAfter(120, TimeUnit.SECONDS)
            .commitStatus(
                SignedCommitStatusRequest.newBuilder()
                    .setRequest(status.toByteString())
                    .setSignature(sign(status.toByteArray()))
                    .build());
    return new Result(txId, null, null, committed.getResult().name());
  }

  /** Every peer's error text from the gateway's status details, joined. */
  private static String details(StatusRuntimeException e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getStatus().getDescription()));
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    if (status != null) {
      for (com.google.protobuf.Any any : status.getDetailsList()) {
        try {
          ErrorDetail detail = any.unpack(ErrorDetail.class);
          text.append(" | ").append(detail.getMspId()).append(": ").append(detail.getMessage());
        } catch (InvalidProtocolBufferException ignored) {
          // Not a Fabric error detail: nothing to add.
        }
      }
    }
    return text.toString();
  }

  /** The first {@code [CODE] ...} in a peer's error text, from where the code starts. */
  private static String chaincodeMessage(String details) {
    int start = details.indexOf('[');
    return start < 0 ? details : details.substring(start);
  }

  private ByteString sign(byte[] message) {
    try {
      return ByteString.copyFrom(signer.sign(sha256(message)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not sign the forged message", e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  @Override
  public void close() {
    try {
      channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
