package io.timecoin.audit;

import com.google.protobuf.ByteString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.hyperledger.fabric.protos.common.BlockHeader;

/**
 * Fabric's block hashing: the header is hashed as the ASN.1 DER sequence (number, previous hash,
 * data hash), and the data hash is SHA-256 over the entries' bytes concatenated.
 */
public final class BlockHashes {

  private BlockHashes() {}

  /** The DER bytes of a header, which are what orderers sign and what is hashed. */
  public static byte[] headerBytes(BlockHeader header) {
    ASN1EncodableVector fields = new ASN1EncodableVector();
    fields.add(new ASN1Integer(new BigInteger(Long.toUnsignedString(header.getNumber()))));
    fields.add(new DEROctetString(header.getPreviousHash().toByteArray()));
    fields.add(new DEROctetString(header.getDataHash().toByteArray()));
    try {
      return new DERSequence(fields).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The hash of a header: what the next block's previous hash must be. */
  public static byte[] headerHash(BlockHeader header) {
    return sha256().digest(headerBytes(header));
  }

  /** The hash of a block's entries: what its header's data hash must be. */
  public static byte[] dataHash(List<ByteString> entries) {
    MessageDigest digest = sha256();
    entries.forEach(entry -> digest.update(entry.asReadOnlyByteBuffer()));
    return digest.digest();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
