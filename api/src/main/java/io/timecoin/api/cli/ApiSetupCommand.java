package io.timecoin.api.cli;

import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.auth.Role;
import io.timecoin.api.auth.VolunteerTokens;
import io.timecoin.api.resources.ClaimSalts;
import io.timecoin.api.server.ApiConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "api-setup",
    description = {
      "Writes what one org's API instance needs into a folder, keeping what is already there:",
      "  <org>.keys        the API keys in clear, one per role, for the org's operators (mode 600)",
      "  <org>.callers     the same keys as SHA-256 hashes: what the API reads",
      "  volunteer-token.jwk / .pub.jwk   the platform's token signing key (mode 600) and its",
      "                    public half, which every instance verifies tokens with; with",
      "                    --volunteer-token-public-key, only that public half (another host's)",
      "  <org>.claim-salt.key  the secret claim salts are derived from (mode 600)",
      "  <org>.properties  the instance's settings",
      "`scripts/network up` runs it; you rarely need to."
    })
final class ApiSetupCommand implements Callable<Integer> {

  /** The callers created per org: one per role allowed there. */
  static List<String[]> callersOf(String org) {
    return switch (org) {
      case "platform" ->
          List.of(
              new String[] {"platform-ops", Role.PLATFORM_OPERATOR.configName()},
              new String[] {"platform-reader", Role.PLATFORM_READER.configName()});
      case "insurer" ->
          List.<String[]>of(new String[] {"insurer-staff", Role.INSURER_STAFF.configName()});
      default -> List.<String[]>of(new String[] {"auditor", Role.AUDITOR.configName()});
    };
  }

  @Option(names = "--dir", required = true, paramLabel = "DIR", description = "Output folder.")
  private Path dir;

  @Option(names = "--org", required = true, description = "platform, insurer or auditor.")
  private String org;

  @Option(names = "--port", required = true, description = "Port the API listens on.")
  private int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on.")
  private String host;

  @Option(
      names = "--ledger-client",
      required = true,
      paramLabel = "FILE",
      description = "The org's client configuration (<run dir>/clients/<org>.properties).")
  private Path ledgerClient;

  @Option(
      names = "--volunteer-token-public-key",
      paramLabel = "FILE",
      description =
          "The platform's public token key (its volunteer-token.pub.jwk), for an instance on a"
              + " host that must not hold the signing key: copied, and no signing key is made.")
  private Path tokenPublicKey;

  @Override
  public Integer call() throws IOException {
    if (!ApiConfig.ORGS.contains(org)) {
      throw new IllegalArgumentException("--org must be platform, insurer or auditor");
    }
    Files.createDirectories(dir);
    Path signing = dir.resolve("volunteer-token.jwk");
    Path verifying = dir.resolve("volunteer-token.pub.jwk");
    if (tokenPublicKey != null) {
      // Another org's host: it verifies the platform's tokens and never signs one.
      Files.copy(tokenPublicKey, verifying, StandardCopyOption.REPLACE_EXISTING);
    } else if (!Files.exists(signing)) {
      var key = VolunteerTokens.newSigningKey();
      writePrivate(signing, key.toJSONString() + "\n");
      Files.writeString(verifying, key.toPublicJWK().toJSONString() + "\n");
    }
    Path saltKey = dir.resolve(org + ".claim-salt.key");
    if (!Files.exists(saltKey)) {
      writePrivate(saltKey, ClaimSalts.newKeyText() + "\n");
    }
    Path keys = dir.resolve(org + ".keys");
    Path callers = dir.resolve(org + ".callers");
    if (!Files.exists(keys) || !Files.exists(callers)) {
      SecureRandom random = new SecureRandom();
      List<String> clear = new ArrayList<>();
      List<String> hashed = new ArrayList<>();
      clear.add("# callerId role apiKey: send the key as the X-API-Key header. Keep this secret.");
      hashed.add("# callerId role sha256(apiKey): read by the " + org + " API.");
      for (String[] caller : callersOf(org)) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String apiKey = "tc_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        clear.add(caller[0] + " " + caller[1] + " " + apiKey);
        hashed.add(caller[0] + " " + caller[1] + " " + ApiKeys.sha256Hex(apiKey));
      }
      writePrivate(keys, String.join("\n", clear) + "\n");
      Files.writeString(callers, String.join("\n", hashed) + "\n");
    }
    Files.writeString(
        dir.resolve(org + ".properties"),
        String.join(
                "\n",
                "# Settings of the " + org + " API, written by `timecoin api-setup`.",
                "org=" + org,
                "host=" + host,
                "port=" + port,
                "ledgerClient=" + ledgerClient.toAbsolutePath(),
                "callersFile=" + callers.getFileName(),
                "tokenKeyFile=" + verifying.getFileName(),
                "rateLimit.perSecond=50",
                "rateLimit.burst=100",
                "maxBodyBytes=16384",
                "writeTimeout=" + ApiConfig.DEFAULT_WRITE_TIMEOUT,
                "maxConcurrentPerCaller=" + ApiConfig.DEFAULT_MAX_CONCURRENT_PER_CALLER,
                "idleTimeout=" + ApiConfig.DEFAULT_IDLE_TIMEOUT,
                "minBodyBytesPerSecond=" + ApiConfig.DEFAULT_MIN_BODY_BYTES_PER_SECOND,
                "claimSaltKeyFile=" + saltKey.getFileName())
            + "\n",
        StandardCharsets.UTF_8);
    return 0;
  }

  private static void writePrivate(Path file, String text) throws IOException {
    Files.deleteIfExists(file);
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
