package io.timecoin.client;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * An EC P-256 key pair and self-signed certificate, written as cryptogen writes them: the
 * certificate as PEM and the private key as unencrypted PKCS#8 PEM ({@code priv_sk}).
 */
final class TestCredentials {

  final KeyPair keyPair;
  final X509Certificate certificate;
  final Path certificateFile;
  final Path privateKeyFile;

  private TestCredentials(
      KeyPair keyPair, X509Certificate certificate, Path certificateFile, Path privateKeyFile) {
    this.keyPair = keyPair;
    this.certificate = certificate;
    this.certificateFile = certificateFile;
    this.privateKeyFile = privateKeyFile;
  }

  /** Writes {@code cert.pem} and {@code priv_sk} into {@code folder}. */
  static TestCredentials writeTo(Path folder, String commonName) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keyPair = generator.generateKeyPair();
      X509Certificate certificate = selfSigned(keyPair, commonName);
      Files.createDirectories(folder);
      Path certificateFile = folder.resolve("cert.pem");
      Path privateKeyFile = folder.resolve("priv_sk");
      Files.writeString(certificateFile, pem(certificate), StandardCharsets.US_ASCII);
      Files.writeString(
          privateKeyFile,
          pem(new JcaPKCS8Generator(keyPair.getPrivate(), null)),
          StandardCharsets.US_ASCII);
      return new TestCredentials(keyPair, certificate, certificateFile, privateKeyFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate selfSigned(KeyPair keyPair, String commonName)
      throws GeneralSecurityException, OperatorCreationException {
    X500Name name = new X500Name("CN=" + commonName);
    Instant now = Instant.now();
    JcaX509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.valueOf(now.toEpochMilli()),
            Date.from(now.minus(Duration.ofDays(1))),
            Date.from(now.plus(Duration.ofDays(365))),
            name,
            keyPair.getPublic());
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
  }

  private static String pem(Object object) throws IOException {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
      writer.writeObject(object);
    }
    return text.toString();
  }
}
