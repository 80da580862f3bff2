package io.timecoin.identities;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.util.io.pem.PemWriter;

/**
 * An enrolled identity: its certificate (PEM, as the CA issued it) and private key. The key is
 * written only to files of mode 600 and never appears in a message or log.
 */
public record Credentials(String certificatePem, PrivateKey privateKey) {

  /** The certificate, parsed. */
  public X509Certificate certificate() {
    return parseCertificate(certificatePem);
  }

  /** Parses a PEM certificate. */
  public static X509Certificate parseCertificate(String pem) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(
                  new java.io.ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    } catch (CertificateException e) {
      throw new IdentityError(
          IdentityError.Code.CA_ANSWER_MALFORMED, "not a PEM X.509 certificate", e);
    }
  }

  /** Writes {@code cert.pem} and {@code key.pem} (mode 600) into a folder (mode 700). */
  public void save(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      writePrivate(dir.resolve("key.pem"), pkcs8Pem(privateKey));
      Files.writeString(dir.resolve("cert.pem"), certificatePem, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new IdentityError(
          IdentityError.Code.FILE_FAILED, "cannot write the credentials in " + dir, e);
    }
  }

  /** Reads what {@link #save} wrote, or empty of the folder has none. */
  public static java.util.Optional<Credentials> load(Path dir) {
    Path cert = dir.resolve("cert.pem");
    Path key = dir.resolve("key.pem");
    if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) {
      return java.util.Optional.empty();
    }
    try (PEMParser parser = new PEMParser(new StringReader(Files.readString(key)))) {
      Object parsed = parser.readObject();
      if (!(parsed instanceof PrivateKeyInfo info)) {
        throw new IdentityError(IdentityError.Code.FILE_FAILED, key + " holds no PKCS#8 key");
      }
      return java.util.Optional.of(
          new Credentials(
              Files.readString(cert, StandardCharsets.US_ASCII),
              new JcaPEMKeyConverter().getPrivateKey(info)));
    } catch (IOException e) {
      throw new IdentityError(IdentityError.Code.FILE_FAILED, "cannot read " + dir, e);
    }
  }

  /** Creates (or replaces) a file readable by its owner only, before any byte is written. */
  static void writePrivate(Path file, String content) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(
        file, content, StandardCharsets.US_ASCII, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static String pkcs8Pem(PrivateKey key) throws IOException {
    StringWriter out = new StringWriter();
    try (PemWriter writer = new PemWriter(out)) {
      writer.writeObject(new JcaPKCS8Generator(key, null));
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Credentials[" + certificate().getSubjectX500Principal().getName() + ", key hidden]";
  }
}
