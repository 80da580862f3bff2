package io.timecoin.auditstore;

import io.timecoin.auditstore.db.AuditDbConfig;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The integration-test network and auditor database that the build brought up ({@code scripts/
 * network up} and {@code scripts/auditdb start} in {@code timecoin.it.runDir}).
 */
final class ItEnvironment {

  static final String EVIDENCE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private ItEnvironment() {}

  static Path runDir() {
    return Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"));
  }

  static Path clientFile(String org) {
    return runDir().resolve("clients").resolve(org + ".properties");
  }

  static LedgerConnectionConfig client(String org) {
    return LedgerConnectionConfig.fromProperties(clientFile(org), Map.of());
  }

  static Path auditDbFile() {
    return runDir().resolve("auditdb").resolve("auditdb.properties");
  }

  static Path postgresLog() {
    return runDir().resolve("auditdb").resolve("data.log");
  }

  /**
   * A ledger client signing as a new earning verifier of the platform for {@code branch},
   * registered and enrolled at the platform's CA of the IT network: earnings are recorded in its
   * certificate's branch's name, so a branch of one run groups that run's earnings only.
   */
  static TimeCoinLedger verifierOf(String branch) {
    io.timecoin.identities.Operators operators =
        new io.timecoin.identities.Operators(
            new io.timecoin.identities.FabricCa(
                io.timecoin.identities.CaSettings.read(
                    runDir().toAbsolutePath().resolve("ca/platform/ca-client.properties"))),
            "platform");
    String id = "it-" + branch;
    operators.register(id, "earning-verifier", branch);
    return TimeCoinLedger.connect(
        LedgerConnectionConfig.fromProperties(operators.enroll(id).clientConfig()));
  }

  static String uniqueId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /**
   * A new, empty database on the auditor's server for one test class, so tests never see each
   * other's projections. The name is made here from a constant prefix and hex digits only.
   */
  static AuditDbConfig freshDatabase(String prefix) {
    AuditDbConfig server = AuditDbConfig.fromProperties(auditDbFile());
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String adminUrl =
        server.jdbcUrl().substring(0, server.jdbcUrl().lastIndexOf('/')) + "/postgres";
    try (Connection admin =
            DriverManager.getConnection(adminUrl, server.user(), server.password());
        Statement statement = admin.createStatement()) {
      // Identifiers cannot be bound parameters; the name is built above from [a-z0-9_] only.
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/')) + "/" + name;
    return new AuditDbConfig(url, server.user(), server.password());
  }

  /** Settings file for a projector JVM pointed at {@code database}. */
  static Path settingsFile(AuditDbConfig database, Path folder) {
    Path server = auditDbFile();
    try {
      Path passwordFile =
          Path.of(
              Files.readAllLines(server).stream()
                  .filter(line -> line.startsWith(AuditDbConfig.KEY_PASSWORD_FILE + "="))
                  .findFirst()
                  .orElseThrow()
                  .substring(AuditDbConfig.KEY_PASSWORD_FILE.length() + 1));
      Path file = folder.resolve("auditdb-test.properties");
      Files.writeString(
          file,
          AuditDbConfig.KEY_URL
              + "="
              + database.jdbcUrl()
              + "\n"
              + AuditDbConfig.KEY_USER
              + "="
              + database.user()
              + "\n"
              + AuditDbConfig.KEY_PASSWORD_FILE
              + "="
              + passwordFile
              + "\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
