package io.timecoin.identities;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One org's CA as {@code scripts/network up} describes it in {@code <run dir>/ca/<org>/ca-client
 * .properties}: where the CA listens, the root its TLS certificate chains to, the registrar and the
 * file holding its secret, the org's ledger client config (the template of operators' configs) and
 * where operators' files go.
 */
public record CaSettings(
    String url,
    String caName,
    Path tlsRootCert,
    String registrar,
    Path registrarSecretFile,
    Path ledgerClientTemplate,
    Path identitiesDir) {

  /** Reads the file {@code up} wrote; every key is required. */
  public static CaSettings read(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IdentityError(
          IdentityError.Code.CONFIG_UNREADABLE,
          "cannot read the CA client config "
              + file
              + " (is the network up? see identities/README.md)",
          e);
    }
    return new CaSettings(
        required(p, file, "timecoin.ca.url"),
        required(p, file, "timecoin.ca.name"),
        Path.of(required(p, file, "timecoin.ca.tlsRootCert")),
        required(p, file, "timecoin.ca.registrar"),
        Path.of(required(p, file, "timecoin.ca.registrarSecretFile")),
        Path.of(required(p, file, "timecoin.ca.ledgerClientTemplate")),
        Path.of(required(p, file, "timecoin.ca.identitiesDir")));
  }

  private static String required(Properties p, Path file, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IdentityError(
          IdentityError.Code.CONFIG_UNREADABLE,
          file + " lacks " + key + "; run scripts/network up");
    }
    return value.trim();
  }
}
