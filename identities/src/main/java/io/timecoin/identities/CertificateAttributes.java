package io.timecoin.identities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.asn1.ASN1OctetString;

/**
 * The attributes a Fabric CA puts in an enrollment certificate: extension 1.2.3.4.5.6.7.8.1, whose
 * value is the JSON {@code {"attrs":{"role":"earning-verifier","branch":"henan",...}}} (the same
 * extension the chaincode shim's ClientIdentity reads).
 */
public final class CertificateAttributes {

  /** The OID Fabric CA uses for attributes. */
  public static final String OID = "1.2.3.4.5.6.7.8.1";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CertificateAttributes() {}

  /** The certificate's attributes by name; empty when it carries none. */
  public static Map<String, String> of(X509Certificate certificate) {
    byte[] extension = certificate.getExtensionValue(OID);
    Map<String, String> attributes = new TreeMap<>();
    if (extension == null) {
      return attributes;
    }
    try {
      // getExtensionValue wraps the extension's value in an OCTET STRING; the JSON is inside.
      byte[] json = ASN1OctetString.getInstance(extension).getOctets();
      JsonNode attrs = JSON.readTree(json).path("attrs");
      for (Map.Entry<String, JsonNode> e : attrs.properties()) {
        attributes.put(e.getKey(), e.getValue().asText());
      }
      return attributes;
    } catch (IOException | IllegalArgumentException e) {
      throw new IdentityError(
          IdentityError.Code.CA_ANSWER_MALFORMED,
          "the certificate's attribute extension is not Fabric CA's JSON",
          e);
    }
  }
}
