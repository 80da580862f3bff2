package io.timecoin.identities;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed certificates for unit tests, optionally with a Fabric CA attribute extension. */
final class TestCertificates {

  private TestCertificates() {}

  static String selfSigned(KeyPair keys, String attributesJson) throws Exception {
    X500Name name = new X500Name("CN=unit-test");
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.ONE,
            new Date(System.currentTimeMillis() - 60_000),
            new Date(System.currentTimeMillis() + 3_600_000),
            name,
            keys.getPublic());
    if (attributesJson != null) {
      builder.addExtension(
          new ASN1ObjectIdentifier(CertificateAttributes.OID),
          false,
          attributesJson.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(
          builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }
    return out.toString();
  }
}
