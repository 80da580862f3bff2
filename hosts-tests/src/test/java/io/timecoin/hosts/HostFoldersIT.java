package io.timecoin.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each host holds only its own secrets: every private key in a host folder belongs to that host's
 * org (its certificate was issued by that org's CA), no private key sits in two host folders, each
 * running process is started with paths of its own host folder only, and the org bundle that {@code
 * export-org} writes holds exactly one org's keys.
 */
class HostFoldersIT {

  private static final Pattern PEM_KEY =
      Pattern.compile("-----BEGIN (?:EC )?PRIVATE KEY-----([A-Za-z0-9+/=\\s]+)-----END");
  private static final Pattern PEM_CERT =
      Pattern.compile("-----BEGIN CERTIFICATE-----[A-Za-z0-9+/=\\s]+-----END CERTIFICATE-----");

  @BeforeEach
  void hosts() {
    HostsNetwork.assumeHosts();
  }

  @Test
  void every_private_key_in_a_host_folder_is_its_own_orgs() {
    Map<BigInteger, String> ownerByPublicX =
        certificateOwners(HostsNetwork.runDir().resolve("hosts"));
    Map<String, String> hostByKey = new HashMap<>();
    int attributed = 0;
    for (String host : HostsNetwork.HOSTS) {
      List<Path> keys = privateKeyFiles(HostsNetwork.hostDir(host));
      assertThat(keys).as("%s's host folder holds its own keys", host).isNotEmpty();
      for (Path file : keys) {
        String key = privateKeyBase64(file);
        // the same key twice in one host is that host's business (its CA keeps a copy in its
        // keystore)
        String elsewhere = hostByKey.putIfAbsent(key, host);
        assertThat(elsewhere == null || elsewhere.equals(host))
            .as("the private key %s of host %s is also in host %s's folder", file, host, elsewhere)
            .isTrue();
        String owner = ownerByPublicX.get(publicX(key));
        if (owner != null) {
          attributed++;
          assertThat(owner)
              .as("%s in %s's folder is the private key of a certificate of %s", file, host, owner)
              .isEqualTo(host);
        }
      }
    }
    assertThat(attributed).as("keys matched to their certificates").isGreaterThan(10);
    assertThat(HostsNetwork.runDir().resolve("crypto"))
        .as("no run-folder-wide crypto folder beside the hosts")
        .doesNotExist();
  }

  @Test
  void each_process_is_started_with_paths_of_its_own_host_folder_only() throws IOException {
    Path runDir = HostsNetwork.runDir();
    int checked = 0;
    for (String host : HostsNetwork.HOSTS) {
      Path envDir = HostsNetwork.hostDir(host).resolve("env");
      assertThat(envDir).isDirectory();
      try (Stream<Path> files = Files.list(envDir)) {
        for (Path env : files.toList()) {
          String process = env.getFileName().toString().replace(".env", "");
          String started = Files.readString(env);
          assertThat(runDirPaths(started, runDir))
              .as("run-folder paths that %s (on host %s) is started with", process, host)
              .isNotEmpty()
              .allSatisfy(
                  path -> assertThat(path).startsWith(HostsNetwork.hostDir(host).toString() + "/"));
          checked++;
          // and what runs is what was recorded: the live process's own environment agrees
          Path pid = runDir.resolve("pids").resolve(process + ".pid");
          if (Files.exists(pid)) {
            Path environ = Path.of("/proc", Files.readString(pid).strip(), "environ");
            if (Files.exists(environ)) {
              String live =
                  new String(Files.readAllBytes(environ), StandardCharsets.UTF_8)
                      .replace('\0', '\n');
              assertThat(runDirPaths(live, runDir))
                  .allSatisfy(
                      path ->
                          assertThat(path).startsWith(HostsNetwork.hostDir(host).toString() + "/"));
            }
          }
        }
      }
    }
    // orderer0, and per org a peer, a chaincode service, a CA and an API; the auditor's services
    assertThat(checked).isGreaterThanOrEqualTo(1 + 3 * 4 + 2);
  }

  @Test
  void the_insurers_bundle_holds_its_keys_the_others_public_certificates_and_no_run_folder_path()
      throws IOException {
    Path bundle = HostsNetwork.runDir().resolve("export/insurer-test.tar.gz");
    HostsNetwork.run(
        HostsNetwork.projectDir().resolve("scripts/network").toString(),
        "export-org",
        "insurer",
        "--run-dir",
        HostsNetwork.runDir().toString(),
        "--output",
        bundle.toString(),
        "--prefix",
        "/opt/timecoin/insurer");
    Path unpacked = Files.createTempDirectory("insurer-bundle");
    HostsNetwork.run("tar", "-C", unpacked.toString(), "-xzf", bundle.toString());
    Path root = unpacked.resolve("insurer");

    Map<BigInteger, String> owners = certificateOwners(root);
    List<Path> keys = privateKeyFiles(root);
    assertThat(keys).isNotEmpty();
    for (Path key : keys) {
      String owner = owners.get(publicX(privateKeyBase64(key)));
      assertThat(owner == null || owner.equals("insurer"))
          .as("%s belongs to %s", key, owner)
          .isTrue();
    }
    assertThat(root.resolve("channel/timecoin.block")).isRegularFile();
    assertThat(root.resolve("public/platform/tls-ca.crt")).isRegularFile();
    assertThat(root.resolve("public/orderer/tls-ca.crt")).isRegularFile();
    assertThat(root.resolve("MANIFEST.txt")).isRegularFile();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (isText(file)) {
          assertThat(Files.readString(file, StandardCharsets.ISO_8859_1))
              .as("%s names no path of the run folder", root.relativize(file))
              .doesNotContain(HostsNetwork.runDir().toString());
        }
      }
    }
    HostsNetwork.run("rm", "-rf", unpacked.toString());
  }

  /** The run-folder paths named in text (environment lines, a command line). */
  private static List<String> runDirPaths(String text, Path runDir) {
    // TIMECOIN_RUN_DIR is the marker every process carries so that `down` knows it
    // (scripts/lib/processes.sh), not a path it reads
    String read =
        text.lines()
            .filter(line -> !line.startsWith("TIMECOIN_RUN_DIR="))
            .collect(Collectors.joining("\n"));
    List<String> paths = new ArrayList<>();
    Matcher m = Pattern.compile(Pattern.quote(runDir.toString()) + "[^\\s,\\]}'\"]*").matcher(read);
    while (m.find()) {
      paths.add(m.group());
    }
    return paths;
  }

  /** Every file holding a private key: PEM private keys (keystores, TLS keys, CA keys). */
  private static List<Path> privateKeyFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !f.toString().contains("/data/"))
          .filter(f -> f.toFile().length() < 64 * 1024 && PEM_KEY.matcher(text(f)).find())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String privateKeyBase64(Path file) {
    Matcher m = PEM_KEY.matcher(text(file));
    assertThat(m.find()).isTrue();
    return m.group(1).replaceAll("\\s", "");
  }

  /** The x coordinate of the public point of an EC private key (PKCS#8, P-256). */
  private static BigInteger publicX(String pkcs8Base64) {
    try {
      ECPrivateKey key =
          (ECPrivateKey)
              KeyFactory.getInstance("EC")
                  .generatePrivate(
                      new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8Base64)));
      X9ECParameters curve = ECNamedCurveTable.getByName("secp256r1");
      return curve.getG().multiply(key.getS()).normalize().getAffineXCoord().toBigInteger();
    } catch (java.security.GeneralSecurityException | ClassCastException e) {
      return BigInteger.ZERO;
    }
  }

  /** Public key x -> the org ("orderer", "platform", ...) whose CA issued a certificate for it. */
  private static Map<BigInteger, String> certificateOwners(Path dir) {
    Map<BigInteger, String> owners = new HashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (Path file :
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.toString().contains("/data/"))
              .toList()) {
        if (file.toFile().length() > 64 * 1024) {
          continue;
        }
        Matcher m = PEM_CERT.matcher(text(file));
        while (m.find()) {
          X509Certificate cert =
              (X509Certificate)
                  factory.generateCertificate(
                      new ByteArrayInputStream(m.group().getBytes(StandardCharsets.US_ASCII)));
          String org = orgOf(cert.getIssuerX500Principal().getName());
          if (org != null && cert.getPublicKey() instanceof ECPublicKey ec) {
            owners.put(ec.getW().getAffineX(), org);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CertificateException e) {
      throw new IllegalStateException(e);
    }
    return owners;
  }

  private static String orgOf(String issuer) {
    for (String host : HostsNetwork.HOSTS) {
      if (issuer.contains("." + host + ".timecoin.local") || issuer.contains("ca-" + host)) {
        return host;
      }
    }
    return null;
  }

  private static boolean isText(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
        if (bytes[i] == 0) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
