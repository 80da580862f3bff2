package io.timecoin.chaincode.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What an operator's certificate says about it: the {@code role} and {@code branch} attributes a
 * Fabric CA writes into an enrollment certificate (extension {@value #OID}, the JSON {@code
 * {"attrs":{"role":"earning-verifier","branch":"henan",...}}}). Read here rather than through the
 * shim's {@code ClientIdentity}, so that every malformed form fails closed with one stable code
 * ({@code ATTRIBUTE_MALFORMED}) instead of an unreadable identity.
 *
 * <p>{@code role} is one role or several separated by commas ({@code earning-verifier,
 * policy-officer} without spaces), each one of {@link OperatorRole}; an earning verifier needs a
 * {@code branch} of 1-64 characters of {@code [A-Za-z0-9_-]}. Other attributes (the CA's own {@code
 * hf.*}) are ignored. A certificate without the extension, or without {@code role}, has no operator
 * role: it is an org's service identity (cryptogen's User1).
 *
 * @param roles the operator roles, empty for none
 * @param branch the branch, or {@code null}
 */
public record OperatorAttributes(Set<OperatorRole> roles, String branch) {

  /** The OID under which Fabric CA writes attributes into a certificate. */
  public static final String OID = "1.2.3.4.5.6.7.8.1";

  static final String ROLE = "role";
  static final String BRANCH = "branch";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BRANCH_NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int DER_OCTET_STRING = 0x04;

  public OperatorAttributes {
    roles = Collections.unmodifiableSet(new TreeSet<>(roles));
  }

  /** No role and no branch. */
  public static final OperatorAttributes NONE = new OperatorAttributes(Set.of(), null);

  /**
   * The operator attributes of {@code certificate}.
   *
   * @throws LedgerValidationException with {@link ErrorCode#ATTRIBUTE_MALFORMED} if the extension,
   *     the role or the branch cannot be read
   */
  public static OperatorAttributes of(X509Certificate certificate) {
    byte[] extension = certificate.getExtensionValue(OID);
    if (extension == null) {
      return NONE;
    }
    Map<String, String> attributes = parse(octets(extension));
    String role = attributes.get(ROLE);
    String branch = attributes.get(BRANCH);
    if (branch != null && !BRANCH_NAME.matcher(branch).matches()) {
      throw malformed(
          "the certificate's branch attribute must be 1-64 characters of A-Z, a-z, 0-9,"
              + " '_' or '-'");
    }
    if (role == null) {
      return new OperatorAttributes(Set.of(), branch);
    }
    Set<OperatorRole> roles = new TreeSet<>();
    for (String name : role.split(",", -1)) {
      OperatorRole parsed =
          OperatorRole.named(name)
              .orElseThrow(
                  () ->
                      malformed(
                          "the certificate's role attribute must be one or more of "
                              + OperatorRole.names()
                              + " separated by commas"));
      if (!roles.add(parsed)) {
        throw malformed("the certificate's role attribute names a role twice");
      }
    }
    if (roles.contains(OperatorRole.EARNING_VERIFIER) && branch == null) {
      throw malformed("an earning verifier's certificate must carry a branch attribute");
    }
    return new OperatorAttributes(roles, branch);
  }

  /** Whether the certificate carries at least one of {@code wanted}. */
  public boolean hasAnyOf(Set<OperatorRole> wanted) {
    return !Collections.disjoint(roles, wanted);
  }

  // getExtensionValue wraps the extension's value in a DER OCTET STRING; the JSON is inside it.
  private static byte[] octets(byte[] der) {
    if (der.length < 2 || (der[0] & 0xff) != DER_OCTET_STRING) {
      throw malformed("the certificate's attribute extension is not an octet string");
    }
    int length = der[1] & 0xff;
    int offset = 2;
    if (length > 0x7f) {
      int bytes = length & 0x7f;
      if (bytes < 1 || bytes > 3 || der.length < 2 + bytes) {
        throw malformed("the certificate's attribute extension has an invalid length");
      }
      length = 0;
      for (int i = 0; i < bytes; i++) {
        length = (length << 8) | (der[2 + i] & 0xff);
      }
      offset = 2 + bytes;
    }
    if (offset + length != der.length) {
      throw malformed("the certificate's attribute extension has an invalid length");
    }
    return Arrays.copyOfRange(der, offset, der.length);
  }

  private static Map<String, String> parse(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw malformed("the certificate's attribute extension is not Fabric CA's JSON");
    }
    JsonNode attrs = root == null ? null : root.get("attrs");
    if (attrs == null || !attrs.isObject()) {
      throw malformed("the certificate's attribute extension has no attrs object");
    }
    Map<String, String> values = new TreeMap<>();
    for (Map.Entry<String, JsonNode> attribute : attrs.properties()) {
      if ((ROLE.equals(attribute.getKey()) || BRANCH.equals(attribute.getKey()))
          && !attribute.getValue().isTextual()) {
        throw malformed("the certificate's " + attribute.getKey() + " attribute is not text");
      }
      values.put(attribute.getKey(), attribute.getValue().asText());
    }
    return values;
  }

  private static LedgerValidationException malformed(String message) {
    return new LedgerValidationException(ErrorCode.ATTRIBUTE_MALFORMED, message);
  }
}
