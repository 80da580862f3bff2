package io.timecoin.audit;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.MetadataSignature;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.Transaction;

/**
 * What a hostile orderer colluding with a hostile client could do to a copy of the chain: rewrite a
 * transaction, sign it again with the client's own key, recompute the block's data hash, and sign
 * that block and every later one again with the orderer's key so that the chain and the orderer
 * signatures hold. Only the keys of the colluding orgs (from the IT network's crypto folder) are
 * used; the endorsing peers' keys are not.
 */
final class Forger {

  private final PrivateKey ordererKey;

  Forger(Path runDir) {
    this.ordererKey =
        key(
            runDir.resolve(
                "crypto/ordererOrganizations/orderer.timecoin.local/orderers/"
                    + "orderer0.orderer.timecoin.local/msp/keystore"));
  }

  /**
   * The private key of the identity an org's client config signs with (its default operator, or
   * User1 where it has none), which submits the IT's transactions.
   */
  static PrivateKey clientKey(Path runDir, String org) {
    java.util.Properties config = new java.util.Properties();
    try (Reader reader =
        Files.newBufferedReader(
            runDir.resolve("clients/" + org + ".properties"), StandardCharsets.UTF_8)) {
      config.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path file = Path.of(config.getProperty("timecoin.identity.privateKey"));
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
      return Identities.readPrivateKey(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An org's peer0 identity and key, as a colluding org holds them. */
  record PeerKey(ByteString serializedIdentity, PrivateKey key) {}

  static PeerKey peerKey(Path runDir, String org, String mspId) {
    Path msp =
        runDir.resolve(
            "crypto/peerOrganizations/"
                + org
                + ".timecoin.local/peers/peer0."
                + org
                + ".timecoin.local/msp");
    try (Stream<Path> certificates = Files.list(msp.resolve("signcerts"))) {
      byte[] pem = Files.readAllBytes(certificates.findFirst().orElseThrow());
      ByteString identity =
          SerializedIdentity.newBuilder()
              .setMspid(mspId)
              .setIdBytes(ByteString.copyFrom(pem))
              .build()
              .toByteString();
      return new PeerKey(identity, key(msp.resolve("keystore")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An endorsement of {@code proposalResponsePayload} made with a peer's own key. */
  static Endorsement endorse(ByteString proposalResponsePayload, PeerKey peer) {
    byte[] signed =
        concat(proposalResponsePayload.toByteArray(), peer.serializedIdentity().toByteArray());
    return Endorsement.newBuilder()
        .setEndorser(peer.serializedIdentity())
        .setSignature(ByteString.copyFrom(sign(peer.key(), signed)))
        .build();
  }

  /**
   * Replaces the endorsed action of transaction {@code index} of block {@code number}, signs the
   * envelope again with {@code creatorKey}, and re-chains the copy from that block on.
   */
  List<Block> rewriteEndorsements(
      List<Block> chain,
      long number,
      int index,
      PrivateKey creatorKey,
      UnaryOperator<ChaincodeEndorsedAction> change) {
    try {
      Block block = chain.get((int) number);
      Envelope envelope = Envelope.parseFrom(block.getData().getData(index));
      Payload payload = Payload.parseFrom(envelope.getPayload());
      Transaction transaction = Transaction.parseFrom(payload.getData());
      var action = transaction.getActions(0);
      ChaincodeActionPayload actionPayload = ChaincodeActionPayload.parseFrom(action.getPayload());
      ChaincodeActionPayload forgedPayload =
          actionPayload.toBuilder().setAction(change.apply(actionPayload.getAction())).build();
      Transaction forgedTransaction =
          transaction.toBuilder()
              .setActions(0, action.toBuilder().setPayload(forgedPayload.toByteString()))
              .build();
      ByteString forgedPayloadBytes =
          payload.toBuilder().setData(forgedTransaction.toByteString()).build().toByteString();
      Envelope forged =
          Envelope.newBuilder()
              .setPayload(forgedPayloadBytes)
              .setSignature(ByteString.copyFrom(sign(creatorKey, forgedPayloadBytes.toByteArray())))
              .build();
      List<Block> copy = new ArrayList<>(chain);
      copy.set(
          (int) number,
          block.toBuilder()
              .setData(block.getData().toBuilder().setData(index, forged.toByteString()))
              .build());
      return rechain(copy, number);
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Recomputes data hashes and previous hashes from block {@code from} on and signs them again. */
  List<Block> rechain(List<Block> chain, long from) {
    List<Block> copy = new ArrayList<>(chain);
    for (int i = (int) from; i < copy.size(); i++) {
      Block block = copy.get(i);
      var header =
          block.getHeader().toBuilder()
              .setDataHash(
                  ByteString.copyFrom(BlockHashes.dataHash(block.getData().getDataList())));
      if (i > 0) {
        header.setPreviousHash(
            ByteString.copyFrom(BlockHashes.headerHash(copy.get(i - 1).getHeader())));
      }
      Block rehashed = block.toBuilder().setHeader(header).build();
      copy.set(i, resign(rehashed));
    }
    return copy;
  }

  private Block resign(Block block) {
    try {
      int index = BlockMetadataIndex.SIGNATURES_VALUE;
      Metadata metadata = Metadata.parseFrom(block.getMetadata().getMetadata(index));
      byte[] header = BlockHashes.headerBytes(block.getHeader());
      Metadata.Builder resigned = metadata.toBuilder().clearSignatures();
      for (MetadataSignature signature : metadata.getSignaturesList()) {
        byte[] signed =
            concat(
                metadata.getValue().toByteArray(),
                signature.getSignatureHeader().toByteArray(),
                header);
        resigned.addSignatures(
            signature.toBuilder().setSignature(ByteString.copyFrom(sign(ordererKey, signed))));
      }
      return block.toBuilder()
          .setMetadata(
              block.getMetadata().toBuilder().setMetadata(index, resigned.build().toByteString()))
          .build();
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  /** ECDSA over SHA-256 with a low S, as Fabric signs. */
  static byte[] sign(PrivateKey key, byte[] message) {
    try {
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(key);
      signer.update(message);
      ASN1Sequence sequence = ASN1Sequence.getInstance(signer.sign());
      BigInteger r = ASN1Integer.getInstance(sequence.getObjectAt(0)).getValue();
      BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
      BigInteger order = ((ECPrivateKey) key).getParams().getOrder();
      if (s.compareTo(order.shiftRight(1)) > 0) {
        s = order.subtract(s);
      }
      ASN1EncodableVector low = new ASN1EncodableVector();
      low.add(new ASN1Integer(r));
      low.add(new ASN1Integer(s));
      return new DERSequence(low).getEncoded();
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] result = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, result, offset, part.length);
      offset += part.length;
    }
    return result;
  }

  private static PrivateKey key(Path keystore) {
    try (Stream<Path> files = Files.list(keystore)) {
      Path file = files.findFirst().orElseThrow();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
        return Identities.readPrivateKey(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
