package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.timecoin.api.it.ApiClient.Call;
import io.timecoin.api.it.ApiClient.Response;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input table on the real network: each row is a clear problem+json with its code, and the
 * volunteer's account is exactly as before.
 */
class ApiBadInputIT {

  private static final ApiClient API = new ApiClient();
  private static final String V = ItData.id("bad");
  private static JsonNode before;

  @BeforeAll
  static void aVolunteerWithOneEntry() {
    String ops = API.key("platform-ops");
    API.call(
        post("platform", "/v1/volunteers", ItData.register(V)).key(ops).idempotencyKey("reg-" + V));
    API.call(
        post("platform", "/v1/earnings", ItData.earning(V, ItData.id("act"), "1.00"))
            .key(ops)
            .idempotencyKey(ItData.id("e")));
    before = account();
  }

  private static JsonNode account() {
    return API.call(
            get(
                    "auditor",
                    "/v1/volunteers/{volunteerId}/account",
                    "/v1/volunteers/" + V + "/account")
                .key(API.key("auditor")))
        .json();
  }

  private static Call earn(String body) {
    return post("platform", "/v1/earnings", body);
  }

  private static String earning(String replace, String with) {
    return ItData.earning(V, "act-bad", "1.00").replace(replace, with);
  }

  static Stream<Arguments> rows() {
    String entries = "/v1/volunteers/{volunteerId}/entries";
    String path = "/v1/volunteers/" + V + "/entries";
    return Stream.of(
        Arguments.of("malformed JSON", earn("{\"volunteerId\":"), 400, "MALFORMED_REQUEST"),
        Arguments.of(
            "duplicate keys",
            earn(earning("{\"volunteerId\"", "{\"volunteerId\":\"x\",\"volunteerId\"")),
            400,
            "MALFORMED_REQUEST"),
        Arguments.of(
            "unknown field",
            earn(earning("{", "{\"phone\":\"555-0100\",")),
            400,
            "MALFORMED_REQUEST"),
        Arguments.of(
            "minutes as text",
            earn(earning("\"minutes\":60", "\"minutes\":\"60\"")),
            400,
            "MALFORMED_REQUEST"),
        Arguments.of(
            "coins as a number",
            earn(earning("\"coins\":\"1.00\"", "\"coins\":1.0")),
            400,
            "MALFORMED_REQUEST"),
        Arguments.of(
            "three fraction digits", earn(earning("\"1.00\"", "\"1.001\"")), 400, "INVALID_AMOUNT"),
        Arguments.of(
            "requestId in the body",
            earn(earning("{", "{\"requestId\":\"x\",")),
            400,
            "MALFORMED_REQUEST"),
        Arguments.of(
            "oversized body",
            earn(earning("branch-7", "b".repeat(20_000))),
            413,
            "PAYLOAD_TOO_LARGE"),
        Arguments.of(
            "oversized volunteer id",
            earn(earning(V, "v".repeat(65))),
            400,
            "INVALID_VOLUNTEER_ID"),
        Arguments.of(
            "oversized id in the path",
            get("platform", entries, "/v1/volunteers/" + "v".repeat(65) + "/entries"),
            400,
            "INVALID_VOLUNTEER_ID"),
        Arguments.of(
            "bad cursor",
            get("platform", entries, path + "?cursor=not-a-bookmark"),
            400,
            "INVALID_PAGE"),
        Arguments.of(
            "page size 0", get("platform", entries, path + "?pageSize=0"), 400, "INVALID_QUERY"),
        Arguments.of(
            "page size 201", get("platform", entries, path + "?pageSize=201"), 400, "INVALID_PAGE"),
        Arguments.of(
            "page size not a number",
            get("platform", entries, path + "?pageSize=ten"),
            400,
            "INVALID_QUERY"),
        Arguments.of(
            "half a time range",
            get("platform", entries, path + "?from=2026-01-01T00:00:00Z"),
            400,
            "INVALID_TIME_RANGE"),
        Arguments.of(
            "unknown query parameter",
            get("platform", entries, path + "?sort=desc"),
            400,
            "INVALID_QUERY"),
        Arguments.of(
            "path traversal in an id",
            get("platform", null, "/v1/volunteers/..%2F..%2Fetc%2Fpasswd/account"),
            400,
            null),
        Arguments.of(
            // Dots are in the entryId alphabet and ids are ledger keys, never file paths: just
            // missing.
            "dot segments in an id",
            get("platform", null, "/v1/entries/..%2e"),
            404,
            "ENTRY_NOT_FOUND"),
        Arguments.of(
            "bad idempotency key",
            earn(earning("act-bad", "act-x")).idempotencyKey("../../x"),
            400,
            "INVALID_IDEMPOTENCY_KEY"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void is_refused_with_a_problem_and_changes_nothing(
      String name, Call call, int status, String code) {
    call.key(API.key("platform-ops"));
    if (call.body != null && !call.headers.containsKey("Idempotency-Key")) {
      call.idempotencyKey(ItData.id("bad"));
    }
    Response response = API.call(call);

    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    if (code != null) {
      assertThat(response.code()).isEqualTo(code);
    }
    assertThat(response.json().path("detail").asText()).isNotBlank().doesNotContain("555-0100");
    assertThat(account()).isEqualTo(before);
  }
}
