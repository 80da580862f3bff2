package io.timecoin.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.ECKey;
import io.timecoin.api.auth.ApiKeys;
import io.timecoin.api.auth.VolunteerTokens;
import io.timecoin.api.server.ApiConfig;
import io.timecoin.api.server.ApiServer;
import io.timecoin.api.server.AuditStoreSettings;
import io.timecoin.client.testing.InProcessNetwork;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The audit routes in process: who may ask, what an instance without the store answers, and that
 * bad parameters and an unreachable database are problems (400, 503), never a 500 or a 200. The
 * answers themselves come from a real PostgreSQL in the ITs.
 */
class AuditRoutesTest {

  private static final String AUDITOR_KEY = "tc_auditor-key";
  private static final String OPS_KEY = "tc_ops-key";
  private static final String READER_KEY = "tc_reader-key";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> ROUTES =
      List.of(
          "/v1/audit/status",
          "/v1/audit/entries",
          "/v1/audit/reversals",
          "/v1/audit/minted-per-day?fromDay=2026-11-01&toDay=2026-11-30",
          "/v1/audit/vouchers",
          "/v1/audit/claims",
          "/v1/audit/accounts/vol-1/entries",
          "/v1/audit/exports/entries",
          "/v1/audit/exports/reversals",
          "/v1/audit/exports/minted-per-day?fromDay=2026-11-01&toDay=2026-11-30",
          "/v1/audit/exports/vouchers",
          "/v1/audit/exports/claims",
          "/v1/audit/exports/accounts/vol-1/entries");

  @TempDir Path dir;
  private final HttpClient http = HttpClient.newHttpClient();
  private ApiServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void other_orgs_and_volunteers_are_refused_with_403_on_every_route() throws Exception {
    ECKey tokenKey = VolunteerTokens.newSigningKey();
    Files.writeString(dir.resolve("token.pub.jwk"), tokenKey.toPublicJWK().toJSONString());
    String base =
        start(
            "platform",
            List.of(
                "platform-ops platform-operator " + ApiKeys.sha256Hex(OPS_KEY),
                "platform-reader platform-reader " + ApiKeys.sha256Hex(READER_KEY)),
            dir.resolve("token.pub.jwk"),
            null);
    String token =
        VolunteerTokens.of(tokenKey, Clock.systemUTC()).mint("vol-1", Duration.ofMinutes(5));
    for (String route : ROUTES) {
      assertProblem(send(base + route, "X-API-Key", OPS_KEY), 403, "FORBIDDEN");
      assertProblem(send(base + route, "X-API-Key", READER_KEY), 403, "FORBIDDEN");
      assertProblem(send(base + route, "Authorization", "Bearer " + token), 403, "FORBIDDEN");
    }
  }

  @Test
  void an_auditor_instance_without_the_store_says_so_on_every_route() throws Exception {
    String base = auditor(null);
    for (String route : ROUTES) {
      assertProblem(
          send(base + route, "X-API-Key", AUDITOR_KEY), 404, "AUDIT_STORE_NOT_CONFIGURED");
    }
  }

  @Test
  void bad_parameters_are_400_before_the_database_is_asked() throws Exception {
    String base = auditor(unreachableStore());
    String[][] rows = {
      {"/v1/audit/entries?from=yesterday", "INVALID_QUERY"},
      {"/v1/audit/entries?type=MINT", "INVALID_QUERY"},
      {"/v1/audit/entries?minAmount=-1", "INVALID_QUERY"},
      {"/v1/audit/entries?verifier=a%20b", "INVALID_ARGUMENT"},
      {"/v1/audit/entries?pageSize=501", "INVALID_PAGE"},
      {"/v1/audit/entries?from=2026-11-02T00:00:00Z&to=2026-11-01T00:00:00Z", "INVALID_TIME_RANGE"},
      {"/v1/audit/entries?volunteerId=vol-1", "INVALID_QUERY"},
      {"/v1/audit/reversals?type=EARN", "INVALID_QUERY"},
      {"/v1/audit/minted-per-day", "INVALID_QUERY"},
      {
        "/v1/audit/minted-per-day?fromDay=2026-11-01&toDay=2026-11-02&offset=%2B05:10",
        "INVALID_QUERY"
      },
      {"/v1/audit/vouchers?status=USED", "INVALID_QUERY"},
      {"/v1/audit/claims?decision=MAYBE", "INVALID_QUERY"},
      {"/v1/audit/accounts/vol%201/entries", "INVALID_VOLUNTEER_ID"},
      {"/v1/audit/status?pageSize=1", "INVALID_QUERY"},
      {"/v1/audit/exports/entries?format=xlsx", "INVALID_QUERY"},
      {"/v1/audit/exports/entries?cursor=abc", "INVALID_QUERY"},
      {"/v1/audit/exports/claims?status=OPEN&format=csv", "INVALID_QUERY"},
    };
    for (String[] row : rows) {
      HttpResponse<String> response = send(base + row[0], "X-API-Key", AUDITOR_KEY);
      assertProblem(response, 400, row[1]);
    }
  }

  @Test
  void an_unreachable_database_is_503_with_retry_after_and_no_export_starts() throws Exception {
    String base = auditor(unreachableStore());
    for (String route :
        List.of("/v1/audit/status", "/v1/audit/entries?type=EARN", "/v1/audit/exports/claims")) {
      HttpResponse<String> response = send(base + route, "X-API-Key", AUDITOR_KEY);
      assertProblem(response, 503, "AUDIT_STORE_UNAVAILABLE");
      assertThat(response.headers().firstValue("Retry-After")).isPresent();
      assertThat(response.headers().firstValue("Trailer")).isEmpty();
    }
  }

  private AuditStoreSettings unreachableStore() throws Exception {
    Path password = Files.writeString(dir.resolve("password"), "not-used");
    // Port 1 on loopback: nothing listens, so every connection is refused at once.
    return new AuditStoreSettings(
        "jdbc:postgresql://127.0.0.1:1/timecoin_audit", "nobody", password);
  }

  private String auditor(AuditStoreSettings store) throws Exception {
    return start(
        "auditor", List.of("auditor auditor " + ApiKeys.sha256Hex(AUDITOR_KEY)), null, store);
  }

  private String start(String org, List<String> callers, Path tokenKey, AuditStoreSettings store)
      throws Exception {
    Files.write(dir.resolve(org + ".callers"), callers);
    ApiConfig config =
        new ApiConfig(
                org,
                "127.0.0.1",
                0,
                dir.resolve("unused.properties"),
                dir.resolve(org + ".callers"),
                tokenKey,
                1000,
                1000,
                1024)
            .withAuditStore(store);
    server =
        ApiServer.create(
                config, InProcessNetwork.create().connect("AuditorMSP"), Clock.systemUTC(), null)
            .start();
    return "http://127.0.0.1:" + server.port();
  }

  private HttpResponse<String> send(String url, String header, String value) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).header(header, value).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code)
      throws Exception {
    assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.get("code").asText()).as(response.uri().toString()).isEqualTo(code);
  }
}
