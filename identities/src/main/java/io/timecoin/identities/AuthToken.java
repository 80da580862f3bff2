package io.timecoin.identities;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/**
 * The Fabric CA's token authentication (fabric-ca v1.5 util.GenECDSAToken / VerifyToken): {@code
 * b64(certPem) + "." + b64(sig)}, where sig is an ECDSA-SHA256 signature, with low S as Fabric's
 * BCCSP requires, over {@code method + "." + b64(uri) + "." + b64(body) + "." + b64(certPem)}; uri
 * is the request's path and query as sent ({@code /api/v1/register}).
 */
final class AuthToken {

  private static final BigInteger P256_ORDER = ECNamedCurveTable.getByName("secp256r1").getN();
  private static final Base64.Encoder B64 = Base64.getEncoder();

  private AuthToken() {}

  static String create(Credentials caller, String method, String uri, byte[] body) {
    String b64Cert =
        B64.encodeToString(caller.certificatePem().getBytes(StandardCharsets.US_ASCII));
    String payload =
        method
            + "."
            + B64.encodeToString(uri.getBytes(StandardCharsets.UTF_8))
            + "."
            + B64.encodeToString(body)
            + "."
            + b64Cert;
    try {
      Signature signature = Signature.getInstance("SHA256withECDSA");
      signature.initSign(caller.privateKey());
      signature.update(payload.getBytes(StandardCharsets.UTF_8));
      return b64Cert + "." + B64.encodeToString(lowS(signature.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign the CA request", e);
    }
  }

  /** The same signature with s replaced by n - s when s is in the upper half (BCCSP refuses it). */
  static byte[] lowS(byte[] der) {
    try {
      ASN1Sequence seq = ASN1Sequence.getInstance(der);
      BigInteger r = ASN1Integer.getInstance(seq.getObjectAt(0)).getValue();
      BigInteger s = ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
      if (s.compareTo(P256_ORDER.shiftRight(1)) > 0) {
        s = P256_ORDER.subtract(s);
      }
      return new DERSequence(
              new org.bouncycastle.asn1.ASN1Encodable[] {new ASN1Integer(r), new ASN1Integer(s)})
          .getEncoded();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot re-encode an ECDSA signature", e);
    }
  }
}
