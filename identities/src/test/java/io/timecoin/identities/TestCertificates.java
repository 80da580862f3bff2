package io.timecoin.identities;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Date;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Self-signed certificates for unit tests, optionally with a Fabric CA attribute extension. */
final class TestCertificates {

  private TestCertificates() {}

  /**
   * A client certificate (OU=client) issued by {@code issuer} that expired ten seconds ago. Its
   * validity starts with the issuer's: an MSP checks the chain as of the certificate's start.
   */
  static String expiredClient(Credentials issuer, KeyPair keys, String name) throws Exception {
    X509Certificate ca = issuer.certificate();
    long now = System.currentTimeMillis();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            ca,
            BigInteger.valueOf(now),
            new Date(ca.getNotBefore().getTime() + 1_000),
            new Date(now - 10_000),
            new X500Principal("OU=client, CN=" + name),
            keys.getPublic());
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
    return pem(
        builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.privateKey())));
  }

  /** A PKCS#8 PEM private key file (cryptogen's priv_sk). */
  static PrivateKey readPrivateKey(Path file) throws Exception {
    try (PEMParser parser = new PEMParser(Files.newBufferedReader(file))) {
      return new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) parser.readObject());
    }
  }

  private static String pem(Object object) throws Exception {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }

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
