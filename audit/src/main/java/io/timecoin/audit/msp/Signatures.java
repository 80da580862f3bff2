package io.timecoin.audit.msp;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * ECDSA signatures as Fabric makes and checks them: SHA-256 over the message, the signature DER
 * encoded, and its {@code s} in the lower half of the curve order (Fabric refuses high-S signatures
 * so that a signature cannot be altered into a second valid one).
 */
public final class Signatures {

  // Bouncy Castle's P-256 arithmetic verifies several times faster than the JDK's SunEC on Java
  // 17 (measured over the IT chain); used as an instance, not registered globally.
  private static final Provider PROVIDER = new BouncyCastleProvider();

  private Signatures() {}

  /** Whether {@code signature} by {@code key} over {@code message} is valid and low-S. */
  public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
    if (!(key instanceof ECPublicKey ecKey) || !isLowS(ecKey, signature)) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("SHA256withECDSA", PROVIDER);
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isLowS(ECPublicKey key, byte[] signature) {
    try {
      ASN1Sequence sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(signature));
      if (sequence.size() != 2) {
        return false;
      }
      BigInteger s = ASN1Integer.getInstance(sequence.getObjectAt(1)).getValue();
      BigInteger halfOrder = key.getParams().getOrder().shiftRight(1);
      return s.signum() > 0 && s.compareTo(halfOrder) <= 0;
    } catch (java.io.IOException | RuntimeException e) {
      return false;
    }
  }
}
