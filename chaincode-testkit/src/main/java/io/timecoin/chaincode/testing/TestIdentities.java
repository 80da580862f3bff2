package io.timecoin.chaincode.testing;

import static java.nio.charset.StandardCharsets.US_ASCII;

import com.google.protobuf.ByteString;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;

/**
 * Real X.509 identities shaped like cryptogen's with NodeOUs enabled (subject OU=client, admin or
 * peer), and operators shaped like a Fabric CA's (OU=client plus the attribute extension
 * 1.2.3.4.5.6.7.8.1 holding {@code {"attrs":{"role":...,"branch":...}}}), wrapped as Fabric creator
 * bytes.
 */
public final class TestIdentities {

  /** A signed-in submitter as the peer would present it to the chaincode. */
  public record Identity(String mspId, X509Certificate certificate, byte[] creator) {}

  // A synchronized map, not java.util.concurrent: this class ships in the chaincode jar, whose
  // determinism rules (DeterminismArchitectureTest) keep the concurrency package out of it.
  private static final Map<String, Identity> CACHE = Collections.synchronizedMap(new HashMap<>());

  // Where a Fabric CA writes enrollment attributes (the shim's ClientIdentity reads it too).
  private static final ASN1ObjectIdentifier ATTRIBUTES =
      new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1");

  private TestIdentities() {}

  public static Identity client(String mspId) {
    return identity(mspId, "client", "User1");
  }

  public static Identity client(String mspId, String commonName) {
    return identity(mspId, "client", commonName);
  }

  public static Identity admin(String mspId) {
    return identity(mspId, "admin", "Admin");
  }

  public static Identity peer(String mspId) {
    return identity(mspId, "peer", "peer0");
  }

  /** Any subject, e.g. one without OUs. */
  public static Identity withSubject(String mspId, String subject) {
    return CACHE.computeIfAbsent(mspId + "|" + subject, k -> create(mspId, subject, null));
  }

  /**
   * An operator enrolled at the org's Fabric CA: a client certificate whose attribute extension
   * carries {@code role} (one role or several separated by commas) and, unless {@code null}, {@code
   * branch}.
   */
  public static Identity operator(String mspId, String commonName, String role, String branch) {
    StringBuilder attrs = new StringBuilder("{\"attrs\":{");
    if (branch != null) {
      attrs.append("\"branch\":\"").append(branch).append("\",");
    }
    attrs
        .append("\"hf.Affiliation\":\"\",\"hf.EnrollmentID\":\"")
        .append(commonName)
        .append("\",\"hf.Type\":\"client\"");
    if (role != null) {
      attrs.append(",\"role\":\"").append(role).append('"');
    }
    attrs.append("}}");
    return withAttributeExtension(mspId, commonName, attrs.toString().getBytes(US_ASCII));
  }

  /** A client certificate whose attribute extension holds exactly {@code extensionValue}. */
  public static Identity withAttributeExtension(
      String mspId, String commonName, byte[] extensionValue) {
    String org = mspId.toLowerCase(java.util.Locale.ROOT).replace("msp", "") + ".example.com";
    String subject = "C=US,O=" + org + ",OU=client,CN=" + commonName;
    String key = mspId + "|" + subject + "|" + new String(extensionValue, US_ASCII);
    return CACHE.computeIfAbsent(key, k -> create(mspId, subject, extensionValue.clone()));
  }

  private static Identity identity(String mspId, String ou, String commonName) {
    String org = mspId.toLowerCase(java.util.Locale.ROOT).replace("msp", "") + ".example.com";
    return withSubject(mspId, "C=US,O=" + org + ",OU=" + ou + ",CN=" + commonName + "@" + org);
  }

  private static Identity create(String mspId, String subject, byte[] attributeExtension) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      Instant notBefore = Instant.parse("2024-01-01T00:00:00Z");
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              new X500Name("C=US,O=" + mspId + " CA,CN=ca"),
              BigInteger.valueOf(subject.hashCode() & 0x7fffffffL).add(BigInteger.ONE),
              Date.from(notBefore),
              Date.from(notBefore.plusSeconds(10L * 365 * 24 * 3600)),
              new X500Name(subject),
              keys.getPublic());
      if (attributeExtension != null) {
        builder.addExtension(ATTRIBUTES, false, attributeExtension);
      }
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
      return new Identity(mspId, certificate, creator(mspId, pem(certificate)));
    } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
      throw new IllegalStateException("could not create a test certificate", e);
    }
  }

  /** Serialised identity bytes as the peer passes them to the chaincode. */
  public static byte[] creator(String mspId, byte[] idBytes) {
    return SerializedIdentity.newBuilder()
        .setMspid(mspId)
        .setIdBytes(ByteString.copyFrom(idBytes))
        .build()
        .toByteArray();
  }

  private static byte[] pem(X509Certificate certificate) throws GeneralSecurityException {
    String body =
        Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded());
    return ("-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n")
        .getBytes(US_ASCII);
  }
}
