package io.timecoin.identities;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Operators of one org, through its CA: register one with its role (and branch), enroll it into a
 * folder of its own with a ledger client config, list them, revoke one. Each operator's folder
 * ({@code <identitiesDir>/<id>/}) holds {@code enrollment.secret} until it is enrolled, then {@code
 * cert.pem}, {@code key.pem} (mode 600) and {@code client.properties}. The registrar's own
 * enrollment is kept in {@code <identitiesDir>/.registrar/}.
 */
public final class Operators {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
  private static final Pattern BRANCH = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern REASON =
      Pattern.compile(
          "unspecified|keycompromise|affiliationchange|superseded|cessationofoperation|certificatehold|privilegewithdrawn");

  private final FabricCa ca;
  private final String org;

  /** The operators of {@code org} (its CA folder name, e.g. {@code platform}) at {@code ca}. */
  public Operators(FabricCa ca, String org) {
    this.ca = ca;
    this.org = org;
  }

  /** A registered operator and where its enrollment secret was written (mode 600). */
  public record Registered(String id, Map<String, String> attributes, Path secretFile) {}

  /** An enrolled operator: its folder, client config and certificate attributes. */
  public record Enrolled(String id, Path dir, Path clientConfig, Map<String, String> attributes) {}

  /**
   * Registers {@code id} with {@code role} (and {@code branch} where the role needs one). {@code
   * role} is one role or several separated by commas ({@code earning-verifier,identity-admin}),
   * each issued by this org's CA and named once; the chaincode reads the same form.
   */
  public Registered register(String id, String role, String branch) {
    checkId(id);
    if (role == null || role.isEmpty()) {
      throw new IdentityError(IdentityError.Code.INVALID_INPUT, "--role names at least one role");
    }
    Set<OperatorRole> roles = new LinkedHashSet<>();
    for (String name : role.split(",", -1)) {
      if (!roles.add(OperatorRole.fromAttribute(name, org))) {
        throw new IdentityError(
            IdentityError.Code.INVALID_INPUT, "--role names '" + name + "' twice");
      }
    }
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put(
        "role", roles.stream().map(OperatorRole::attribute).collect(Collectors.joining(",")));
    if (roles.stream().anyMatch(OperatorRole::needsBranch)) {
      if (branch == null || !BRANCH.matcher(branch).matches()) {
        throw new IdentityError(
            IdentityError.Code.INVALID_INPUT,
            "role '"
                + role
                + "' needs --branch: lower-case letters, digits and '-', at most 40 (e.g. henan)");
      }
      attributes.put("branch", branch);
    } else if (branch != null) {
      throw new IdentityError(
          IdentityError.Code.INVALID_INPUT,
          "role '" + role + "' acts for no branch; drop --branch");
    }
    String secret = ca.register(registrar(), id, attributes);
    Path dir = operatorDir(id);
    Path secretFile = dir.resolve("enrollment.secret");
    try {
      Files.createDirectories(dir);
      Credentials.writePrivate(secretFile, secret + "\n");
    } catch (IOException e) {
      throw new IdentityError(
          IdentityError.Code.FILE_FAILED,
          "registered " + id + " but cannot write " + secretFile,
          e);
    }
    return new Registered(id, attributes, secretFile);
  }

  /** Enrolls {@code id} with the secret {@link #register} wrote; writes its files and config. */
  public Enrolled enroll(String id) {
    checkId(id);
    Path dir = operatorDir(id);
    Path secretFile = dir.resolve("enrollment.secret");
    String secret = readSecret(secretFile, "register " + id + " first");
    Credentials credentials = ca.enroll(id, secret);
    credentials.save(dir);
    Path config = writeClientConfig(id, dir);
    try {
      // One enrollment per registration (max_enrollments 1): the secret is spent.
      Files.delete(secretFile);
    } catch (IOException e) {
      throw new IdentityError(IdentityError.Code.FILE_FAILED, "cannot delete " + secretFile, e);
    }
    return new Enrolled(id, dir, config, CertificateAttributes.of(credentials.certificate()));
  }

  /** The identities the CA has registered (id, role, branch), the registrar included. */
  public List<Map<String, String>> list() {
    List<Map<String, String>> rows = new ArrayList<>();
    for (JsonNode identity : ca.identities(registrar())) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("id", identity.path("id").asText());
      row.put("type", identity.path("type").asText());
      row.put("role", attribute(identity, "role"));
      row.put("branch", attribute(identity, "branch"));
      rows.add(row);
    }
    return rows;
  }

  /**
   * Revokes {@code id} at the CA and writes the CA's new CRL to {@code <identitiesDir>/crl.pem}.
   */
  public FabricCa.Revocation revoke(String id, String reason) {
    checkId(id);
    if (!REASON.matcher(reason).matches()) {
      throw new IdentityError(
          IdentityError.Code.INVALID_INPUT,
          "unknown revocation reason '"
              + reason
              + "'; one of "
              + REASON.pattern().replace('|', ','));
    }
    FabricCa.Revocation revocation = ca.revoke(registrar(), id, reason);
    writeCrl(revocation.crlPem());
    return revocation;
  }

  /** The CA's current CRL, also written to {@code <identitiesDir>/crl.pem}. */
  public Path generateCrl() {
    return writeCrl(ca.generateCrl(registrar()));
  }

  /** Where this org's operators' folders and the CRL are written. */
  public Path settingsIdentitiesDir() {
    return ca.settings().identitiesDir();
  }

  /** The registrar's enrollment: kept from an earlier run, or made now with its secret file. */
  Credentials registrar() {
    Path dir = ca.settings().identitiesDir().resolve(".registrar");
    Optional<Credentials> kept = Credentials.load(dir);
    if (kept.isPresent()) {
      return kept.get();
    }
    Credentials enrolled =
        ca.enroll(
            ca.settings().registrar(),
            readSecret(ca.settings().registrarSecretFile(), "is the network up?"));
    enrolled.save(dir);
    return enrolled;
  }

  private Path writeCrl(byte[] pem) {
    Path file = ca.settings().identitiesDir().resolve("crl.pem");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, pem);
      return file;
    } catch (IOException e) {
      throw new IdentityError(IdentityError.Code.FILE_FAILED, "cannot write " + file, e);
    }
  }

  private Path writeClientConfig(String id, Path dir) {
    Path template = ca.settings().ledgerClientTemplate();
    Path config = dir.resolve("client.properties");
    try {
      StringBuilder out = new StringBuilder();
      out.append("# Written by timecoin identities enroll for operator ")
          .append(id)
          .append(": the org's client config (")
          .append(template)
          .append(") with this operator's identity.\n");
      for (String line : Files.readAllLines(template, StandardCharsets.UTF_8)) {
        if (line.startsWith("timecoin.identity.certificate=")) {
          out.append("timecoin.identity.certificate=").append(dir.resolve("cert.pem")).append('\n');
        } else if (line.startsWith("timecoin.identity.privateKey=")) {
          out.append("timecoin.identity.privateKey=").append(dir.resolve("key.pem")).append('\n');
        } else if (!line.startsWith("# Written by")) {
          out.append(line).append('\n');
        }
      }
      Files.writeString(config, out, StandardCharsets.UTF_8);
      return config;
    } catch (IOException e) {
      throw new IdentityError(
          IdentityError.Code.FILE_FAILED, "cannot write " + config + " from " + template, e);
    }
  }

  private Path operatorDir(String id) {
    return ca.settings().identitiesDir().resolve(id);
  }

  private static String readSecret(Path file, String hint) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new IdentityError(
          IdentityError.Code.CONFIG_UNREADABLE, "no secret in " + file + "; " + hint, e);
    }
  }

  private static String attribute(JsonNode identity, String name) {
    for (JsonNode attr : identity.path("attrs")) {
      if (name.equals(attr.path("name").asText())) {
        return attr.path("value").asText();
      }
    }
    return "";
  }

  private static void checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IdentityError(
          IdentityError.Code.INVALID_INPUT,
          "an operator id is 2-63 lower-case letters, digits and '-', starting with a letter or"
              + " digit (e.g. branch-henan-ops)");
    }
  }
}
