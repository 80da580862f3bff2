package io.timecoin.api.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API keys one instance accepts, read from a file of {@code <callerId> <role> <sha256-hex>
 * [<ledger client config>]} lines. Only hashes are kept, so the file (and a memory dump) does not
 * reveal a usable key; a key is random and long, so an unsalted SHA-256 is enough to make it
 * unguessable from its hash.
 *
 * <p>The optional fourth column names the ledger client config of the operator identity the key's
 * writes are signed as (relative paths against the file's folder), so that the ledger records which
 * operator made each write; without it the key's writes are signed as the instance's own identity
 * ({@code ledgerClient}, the org's default operator).
 */
public final class ApiKeys {

  /** Caller ids: short, lower case, safe inside a requestId. */
  public static final Pattern CALLER_ID = Pattern.compile("[a-z0-9-]{1,40}");

  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final Map<String, Caller> byHash;
  private final Map<String, Path> signers;

  private ApiKeys(Map<String, Caller> byHash, Map<String, Path> signers) {
    this.byHash = Map.copyOf(byHash);
    this.signers = Map.copyOf(signers);
  }

  /**
   * Reads a callers file and checks every line against the instance's org.
   *
   * @param file the hashed keys file.
   * @param instanceOrg platform, insurer or auditor.
   * @throws IllegalArgumentException naming the line that is wrong.
   */
  public static ApiKeys load(Path file, String instanceOrg) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API key file " + file, e);
    }
    Path folder = file.toAbsolutePath().getParent();
    return parse(lines, instanceOrg, file.toString(), folder);
  }

  static ApiKeys parse(List<String> lines, String instanceOrg, String source) {
    return parse(lines, instanceOrg, source, null);
  }

  private static ApiKeys parse(List<String> lines, String instanceOrg, String source, Path folder) {
    Map<String, Caller> byHash = new HashMap<>();
    Map<String, Path> signers = new HashMap<>();
    Map<String, Boolean> ids = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + " line " + (i + 1);
      String[] parts = line.split("\\s+");
      if (parts.length != 3 && parts.length != 4) {
        throw new IllegalArgumentException(
            where + ": expected '<callerId> <role> <sha256-hex> [<ledger client config>]'");
      }
      if (!CALLER_ID.matcher(parts[0]).matches()) {
        throw new IllegalArgumentException(
            where + ": a caller id is 1-40 characters of a-z, 0-9 and '-'");
      }
      Role role = Role.ofConfigName(parts[1]);
      if (!role.allowedFor(instanceOrg)) {
        throw new IllegalArgumentException(
            where + ": role " + parts[1] + " is not allowed on the " + instanceOrg + " API");
      }
      if (!SHA256_HEX.matcher(parts[2]).matches()) {
        throw new IllegalArgumentException(
            where + ": the key must be given as its SHA-256, 64 lowercase hex characters");
      }
      if (ids.put(parts[0], true) != null || byHash.containsKey(parts[2])) {
        throw new IllegalArgumentException(where + ": caller id or key given twice");
      }
      byHash.put(parts[2], new Caller(parts[0], role, null));
      if (parts.length == 4) {
        Path config = Path.of(parts[3]);
        signers.put(parts[0], folder == null ? config : folder.resolve(config));
      }
    }
    return new ApiKeys(byHash, signers);
  }

  /**
   * The ledger client config of the operator identity a caller's writes are signed as.
   *
   * @param callerId an API key's caller id.
   * @return the config, or empty when the caller signs as the instance's own identity.
   */
  public Optional<Path> signerOf(String callerId) {
    return Optional.ofNullable(signers.get(callerId));
  }

  /** Every distinct operator identity the keys sign as, sorted. */
  public List<Path> signers() {
    return signers.values().stream().distinct().sorted().toList();
  }

  /**
   * The caller an API key belongs to.
   *
   * @param apiKey the key as sent in {@code X-API-Key}.
   * @return the caller, or empty for an unknown key.
   */
  public Optional<Caller> callerOf(String apiKey) {
    return Optional.ofNullable(byHash.get(sha256Hex(apiKey)));
  }

  /** Number of configured keys. */
  public int size() {
    return byHash.size();
  }

  /** SHA-256 of the key's UTF-8 bytes, lowercase hex: the form the keys file stores. */
  public static String sha256Hex(String apiKey) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(apiKey.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
