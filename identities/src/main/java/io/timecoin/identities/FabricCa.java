package io.timecoin.identities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * One org's Fabric CA over its REST API (v1): enroll with an enrollment secret, and, as a registrar
 * (token authentication, {@link AuthToken}), register, list, revoke and generate the CRL. TLS
 * trusts only the org's CA certificate (the CA's TLS certificate is issued by it).
 */
public final class FabricCa {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CaSettings settings;
  private final HttpClient http;

  /** A client of the CA {@code settings} names. */
  public FabricCa(CaSettings settings) {
    this.settings = settings;
    this.http =
        HttpClient.newBuilder().connectTimeout(TIMEOUT).sslContext(trusting(settings)).build();
  }

  /** The settings this client was made from. */
  public CaSettings settings() {
    return settings;
  }

  /** Enrolls {@code id} with its secret: a new key pair, whose private key never leaves here. */
  public Credentials enroll(String id, String secret) {
    KeyPair keys = CertificateRequests.newKeyPair();
    ObjectNode body = JSON.createObjectNode();
    body.put("certificate_request", CertificateRequests.csrPem(id, keys));
    body.put("caname", settings.caName());
    String basic =
        Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    JsonNode result = send("POST", "/api/v1/enroll", bytes(body), "Basic " + basic);
    String pem =
        new String(decode(result.path("Cert").asText(), "Cert"), StandardCharsets.US_ASCII);
    Credentials.parseCertificate(pem);
    return new Credentials(pem, keys.getPrivate());
  }

  /**
   * Registers a client identity with attributes put into its enrollment certificates; returns the
   * enrollment secret the CA generated.
   */
  public String register(Credentials registrar, String id, Map<String, String> attributes) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", id);
    body.put("type", "client");
    body.put("max_enrollments", 1);
    body.put("caname", settings.caName());
    ArrayNode attrs = body.putArray("attrs");
    attributes.forEach(
        (name, value) ->
            attrs.addObject().put("name", name).put("value", value).put("ecert", true));
    return send("POST", "/api/v1/register", bytes(body), registrar).path("secret").asText();
  }

  /** The CA's registered identities, as the CA lists them ({@code id}, {@code type}, attrs). */
  public List<JsonNode> identities(Credentials registrar) {
    JsonNode result =
        send("GET", "/api/v1/identities?ca=" + settings.caName(), new byte[0], registrar);
    List<JsonNode> list = new ArrayList<>();
    result.path("identities").forEach(list::add);
    return list;
  }

  /**
   * Revokes {@code id} (every certificate it was issued; it can no longer enroll) and returns the
   * CA's new CRL (DER).
   */
  public Revocation revoke(Credentials registrar, String id, String reason) {
    ObjectNode body = JSON.createObjectNode();
    body.put("id", id);
    body.put("reason", reason);
    body.put("caname", settings.caName());
    body.put("gencrl", true);
    JsonNode result = send("POST", "/api/v1/revoke", bytes(body), registrar);
    List<String> serials = new ArrayList<>();
    result.path("RevokedCerts").forEach(c -> serials.add(c.path("Serial").asText()));
    return new Revocation(serials, pemCrl(result.path("CRL").asText()));
  }

  /** The CA's current CRL (PEM), signed by the org's CA key. */
  public byte[] generateCrl(Credentials registrar) {
    ObjectNode body = JSON.createObjectNode();
    body.put("caname", settings.caName());
    return pemCrl(send("POST", "/api/v1/gencrl", bytes(body), registrar).path("CRL").asText());
  }

  /** What a revocation did: the serial numbers revoked and the CRL (PEM) that lists them. */
  public record Revocation(List<String> serials, byte[] crlPem) {}

  private byte[] pemCrl(String base64) {
    // The CA answers base64 of the PEM CRL.
    return decode(base64, "CRL");
  }

  private JsonNode send(String method, String uri, byte[] body, Credentials registrar) {
    return send(method, uri, body, AuthToken.create(registrar, method, uri, body));
  }

  private JsonNode send(String method, String uri, byte[] body, String authorization) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(settings.url() + uri))
            .timeout(TIMEOUT)
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .method(
                method,
                body.length == 0
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IdentityError(
          IdentityError.Code.CA_UNAVAILABLE,
          "cannot reach " + settings.caName() + " at " + settings.url() + ": " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdentityError(IdentityError.Code.CA_UNAVAILABLE, "interrupted", e);
    }
    JsonNode answer;
    try {
      answer = JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IdentityError(
          IdentityError.Code.CA_ANSWER_MALFORMED,
          settings.caName() + " answered HTTP " + response.statusCode() + " without JSON",
          e);
    }
    if (answer == null || !answer.path("success").asBoolean(false)) {
      throw new IdentityError(
          IdentityError.Code.CA_REFUSED,
          settings.caName() + " refused " + uri.replaceAll("\\?.*", "") + ": " + errors(answer));
    }
    return answer.path("result");
  }

  private static String errors(JsonNode answer) {
    if (answer == null || !answer.path("errors").isArray() || answer.path("errors").isEmpty()) {
      return "no reason given";
    }
    List<String> parts = new ArrayList<>();
    answer
        .path("errors")
        .forEach(
            e -> parts.add("code " + e.path("code").asText() + ": " + e.path("message").asText()));
    return String.join("; ", parts);
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] decode(String base64, String what) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IdentityError(
          IdentityError.Code.CA_ANSWER_MALFORMED, "the CA's " + what + " is not base64", e);
    }
  }

  private static SSLContext trusting(CaSettings settings) {
    try (InputStream in = Files.newInputStream(settings.tlsRootCert())) {
      KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
      trust.load(null, null);
      trust.setCertificateEntry(
          "ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, tmf.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException e) {
      throw new IdentityError(
          IdentityError.Code.CONFIG_UNREADABLE,
          "cannot use " + settings.tlsRootCert() + " as the CA's TLS root",
          e);
    }
  }
}
