package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static io.timecoin.api.it.ApiClient.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.timecoin.api.it.ApiClient.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every resource on the real network, written through the platform API and read across orgs. */
class ApiResourcesIT {

  private static final ApiClient API = new ApiClient();
  private static String ops;
  private static String reader;
  private static String auditor;
  private static String insurer;
  private static final String A = ItData.id("res-a");
  private static final String B = ItData.id("res-b");

  @BeforeAll
  static void registerTwoVolunteersWithCoins() {
    ops = API.key("platform-ops");
    reader = API.key("platform-reader");
    auditor = API.key("auditor");
    insurer = API.key("insurer-staff");
    for (String v : List.of(A, B)) {
      Response r =
          API.call(
              post("platform", "/v1/volunteers", ItData.register(v))
                  .key(ops)
                  .idempotencyKey("reg-" + v));
      assertThat(r.status()).as(r.body()).isEqualTo(201);
      assertThat(r.json().path("result").path("volunteerId").asText()).isEqualTo(v);
      assertThat(r.json().path("requestId").asText()).isEqualTo("platform-ops.reg-" + v);
      assertThat(r.json().path("blockNumber").asLong()).isPositive();
    }
    earn(A, "5.00");
    earn(B, "3.00");
  }

  private static Response earn(String volunteerId, String coins) {
    String activity = ItData.id("act");
    Response r =
        API.call(
            post("platform", "/v1/earnings", ItData.earning(volunteerId, activity, coins))
                .key(ops)
                .idempotencyKey("earn-" + activity));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().path("result").path("type").asText()).isEqualTo("EARN");
    return r;
  }

  private static JsonNode account(String org, String key, String volunteerId) {
    Response r =
        API.call(
            get(
                    org,
                    "/v1/volunteers/{volunteerId}/account",
                    "/v1/volunteers/" + volunteerId + "/account")
                .key(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void every_org_reads_the_account_the_platform_wrote() {
    assertThat(account("auditor", auditor, A).path("totalEarned").asText()).isEqualTo("5.00");
    assertThat(account("insurer", insurer, A).path("volunteerId").asText()).isEqualTo(A);
    assertThat(account("platform", reader, B).path("volunteerId").asText()).isEqualTo(B);
  }

  @Test
  void help_payment_transfer_reversal_and_paged_history() {
    String x = ItData.id("hp");
    Response help =
        API.call(
            post(
                    "platform",
                    "/v1/help-payments",
                    "{\"requesterId\":\""
                        + A
                        + "\",\"helperId\":\""
                        + B
                        + "\",\"coins\":\"1.00\",\"helpRequestId\":\""
                        + x
                        + "\"}")
                .key(ops)
                .idempotencyKey(x));
    assertThat(help.status()).as(help.body()).isEqualTo(201);
    assertThat(help.json().path("result").path("entries")).hasSize(2);

    String t = ItData.id("tr");
    Response transfer =
        API.call(
            post(
                    "platform",
                    "/v1/transfers",
                    "{\"fromId\":\""
                        + B
                        + "\",\"toId\":\""
                        + A
                        + "\",\"coins\":\"0.50\",\"memo\":\"=SUM(A1)\"}")
                .key(ops)
                .idempotencyKey(t));
    assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
    String transferEntry =
        transfer.json().path("result").path("entries").get(0).path("entryId").asText();

    Response reversal =
        API.call(
            post(
                    "platform",
                    "/v1/reversals",
                    "{\"entryId\":\"" + transferEntry + "\",\"reason\":\"entered twice\"}")
                .key(ops)
                .idempotencyKey(ItData.id("rev")));
    assertThat(reversal.status()).as(reversal.body()).isEqualTo(201);
    assertThat(reversal.json().path("result").path("entries").get(0).path("type").asText())
        .isEqualTo("REVERSAL");

    List<String> types = new ArrayList<>();
    String cursor = "";
    do {
      Response page =
          API.call(
              get(
                      "platform",
                      "/v1/volunteers/{volunteerId}/entries",
                      "/v1/volunteers/"
                          + A
                          + "/entries?pageSize=1"
                          + (cursor.isEmpty() ? "" : "&cursor=" + cursor))
                  .key(reader));
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      page.json().path("entries").forEach(e -> types.add(e.path("type").asText()));
      cursor =
          java.net.URLEncoder.encode(page.json().path("bookmark").asText(), StandardCharsets.UTF_8);
    } while (!cursor.isEmpty());
    assertThat(types).containsExactly("EARN", "HELP_PAYMENT", "TRANSFER", "REVERSAL");

    Response byTime =
        API.call(
            get(
                    "auditor",
                    "/v1/volunteers/{volunteerId}/entries",
                    "/v1/volunteers/"
                        + A
                        + "/entries?from=2000-01-01T00:00:00Z&to="
                        + Instant.now().plusSeconds(3600))
                .key(auditor));
    assertThat(byTime.json().path("entries")).hasSize(4);

    Response entry =
        API.call(
            get("insurer", "/v1/entries/{entryId}", "/v1/entries/" + transferEntry).key(insurer));
    assertThat(entry.json().path("memo").asText()).isEqualTo("=SUM(A1)");
    assertThat(account("auditor", auditor, A).path("balance").asText()).isEqualTo("4.00");
  }

  @Test
  void a_transaction_reads_back_with_its_block_from_every_org() {
    Response earned = earn(B, "0.01");
    String txId = earned.json().path("transactionId").asText();
    for (String org : List.of("platform", "insurer", "auditor")) {
      String key =
          API.key(
              org.equals("platform")
                  ? "platform-reader"
                  : org.equals("insurer") ? "insurer-staff" : "auditor");
      Response tx =
          API.call(
              get(org, "/v1/transactions/{transactionId}", "/v1/transactions/" + txId).key(key));
      assertThat(tx.status()).as(tx.body()).isEqualTo(200);
      assertThat(tx.json().path("validationCode").asText()).isEqualTo("VALID");
      assertThat(tx.json().path("blockNumber").asLong())
          .isEqualTo(earned.json().path("blockNumber").asLong());
    }
    Response unknown =
        API.call(
            get("auditor", "/v1/transactions/{transactionId}", "/v1/transactions/" + "0".repeat(64))
                .key(auditor));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
    assertThat(unknown.code()).isEqualTo("TRANSACTION_NOT_FOUND");
    Response malformed =
        API.call(
            get("auditor", "/v1/transactions/{transactionId}", "/v1/transactions/xyz")
                .key(auditor));
    assertThat(malformed.status()).isEqualTo(400);
  }

  @Test
  void a_frozen_account_cannot_earn_until_reactivated() {
    String v = ItData.id("frz");
    API.call(
        post("platform", "/v1/volunteers", ItData.register(v)).key(ops).idempotencyKey("reg-" + v));
    String path = "/v1/volunteers/" + v + "/status";
    Response frozen =
        API.call(
            put(
                    "platform",
                    "/v1/volunteers/{volunteerId}/status",
                    path,
                    "{\"status\":\"FROZEN\",\"reason\":\"under review\"}")
                .key(ops)
                .idempotencyKey("frz-" + v));
    assertThat(frozen.status()).as(frozen.body()).isEqualTo(200);
    assertThat(frozen.json().path("result").path("status").asText()).isEqualTo("FROZEN");

    Response refused =
        API.call(
            post("platform", "/v1/earnings", ItData.earning(v, ItData.id("act"), "1.00"))
                .key(ops)
                .idempotencyKey(ItData.id("e")));
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.code()).isEqualTo("ACCOUNT_NOT_ACTIVE");

    Response again =
        API.call(
            put(
                    "platform",
                    "/v1/volunteers/{volunteerId}/status",
                    path,
                    "{\"status\":\"ACTIVE\",\"reason\":\"cleared\"}")
                .key(ops)
                .idempotencyKey("act-" + v));
    assertThat(again.status()).isEqualTo(200);
  }

  @Test
  void earning_policy_versions_and_a_new_version() {
    Response current =
        API.call(get("insurer", "/v1/earning-policy", "/v1/earning-policy").key(insurer));
    assertThat(current.status()).as(current.body()).isEqualTo(200);
    Response first =
        API.call(
            get("auditor", "/v1/earning-policy/versions/{version}", "/v1/earning-policy/versions/1")
                .key(auditor));
    assertThat(first.json().path("version").asLong()).isEqualTo(1);

    JsonNode policy = current.json();
    Response set =
        API.call(
            put(
                    "platform",
                    "/v1/earning-policy",
                    "/v1/earning-policy",
                    "{\"maxCoinsPerActivity\":\""
                        + policy.path("maxCoinsPerActivity").asText()
                        + "\",\"dailyCapCoins\":\""
                        + policy.path("dailyCapCoins").asText()
                        + "\",\"utcOffset\":\""
                        + policy.path("utcOffset").asText()
                        + "\"}")
                .key(ops)
                .idempotencyKey(ItData.id("pol")));
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().path("result").path("version").asLong())
        .isGreaterThan(policy.path("version").asLong());

    Response missing =
        API.call(
            get(
                    "auditor",
                    "/v1/earning-policy/versions/{version}",
                    "/v1/earning-policy/versions/999999")
                .key(auditor));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("POLICY_VERSION_NOT_FOUND");
  }

  @Test
  void request_outcomes_by_request_id_for_the_writer_and_auditors_only() {
    String requestId = "platform-ops.reg-" + A;
    Response own =
        API.call(get("platform", "/v1/requests/{requestId}", "/v1/requests/" + requestId).key(ops));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    assertThat(own.json().path("status").asText()).isEqualTo("COMMITTED");
    assertThat(own.json().path("function").asText()).isEqualTo("RegisterVolunteer");

    Response audit =
        API.call(
            get(
                    "auditor",
                    "/v1/requests/{requestId}",
                    "/v1/requests/" + requestId + "?org=PlatformMSP")
                .key(auditor));
    assertThat(audit.json().path("txId").asText()).isEqualTo(own.json().path("txId").asText());

    Response other =
        API.call(
            get("platform", "/v1/requests/{requestId}", "/v1/requests/" + requestId).key(reader));
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.code()).isEqualTo("REQUEST_NOT_FOUND");
  }

  @Test
  void a_write_sent_with_respond_async_answers_202_and_commits() throws Exception {
    String c = ItData.id("async");
    API.call(
        post("platform", "/v1/volunteers", ItData.register(c)).key(ops).idempotencyKey("reg-" + c));
    String activity = ItData.id("act");
    Response accepted =
        API.call(
            post("platform", "/v1/earnings", ItData.earning(c, activity, "0.25"))
                .key(ops)
                .idempotencyKey(activity)
                .header("Prefer", "respond-async"));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
    String location = accepted.header("Location");
    assertThat(location).isEqualTo("/v1/requests/platform-ops." + activity);

    String status = "PENDING";
    for (int i = 0; i < 120 && status.equals("PENDING"); i++) {
      Thread.sleep(250);
      status =
          API.call(get("platform", "/v1/requests/{requestId}", location).key(ops))
              .json()
              .path("status")
              .asText();
    }
    assertThat(status).isEqualTo("COMMITTED");
  }

  @Test
  void auditors_read_key_history_and_others_may_not() {
    Response history =
        API.call(
            get("auditor", "/v1/history/{kind}/{id}", "/v1/history/account/" + A).key(auditor));
    assertThat(history.status()).as(history.body()).isEqualTo(200);
    assertThat(history.json().path("modifications").size()).isGreaterThanOrEqualTo(2);

    Response denied =
        API.call(
            get("insurer", "/v1/history/{kind}/{id}", "/v1/history/account/" + A).key(insurer));
    assertThat(denied.status()).isEqualTo(403);
  }

  @Test
  void the_export_streams_csv_and_ndjson_with_a_verifiable_digest_trailer() throws Exception {
    String e = ItData.id("exp");
    API.call(
        post("platform", "/v1/volunteers", ItData.register(e)).key(ops).idempotencyKey("reg-" + e));
    earn(e, "2.00");
    Response gift =
        API.call(
            post(
                    "platform",
                    "/v1/transfers",
                    "{\"fromId\":\"" + e + "\",\"toId\":\"" + B + "\",\"coins\":\"0.10\"}")
                .key(ops)
                .idempotencyKey(ItData.id("gift")));
    assertThat(gift.status()).as(gift.body()).isEqualTo(201);
    String query =
        "/v1/exports/entries?volunteerId="
            + e
            + "&from=2000-01-01T00:00:00Z&to="
            + Instant.now().plusSeconds(3600);
    RawResponse csv = RawResponse.get(API.base("auditor"), query + "&format=csv", auditor);
    assertThat(csv.status).isEqualTo(200);
    assertThat(csv.trailers.get("timecoin-content-sha256")).isEqualTo(RawResponse.sha256(csv.body));
    String text = new String(csv.body, StandardCharsets.UTF_8);
    assertThat(text).startsWith("entryId,volunteerId,sequence");
    assertThat(text.split("\r\n")).hasSize(3);
    assertThat(text)
        .as("negative amounts are neutralised")
        .doesNotContain(",\"-")
        .contains("\"'-0.10\"");

    RawResponse ndjson = RawResponse.get(API.base("auditor"), query + "&format=ndjson", auditor);
    assertThat(ndjson.trailers.get("timecoin-content-sha256"))
        .isEqualTo(RawResponse.sha256(ndjson.body));
    String[] lines = new String(ndjson.body, StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(2);
    assertThat(ApiClient.JSON.readTree(lines[1]).path("amount").asText()).isEqualTo("-0.10");

    RawResponse denied = RawResponse.get(API.base("platform"), query, ops);
    assertThat(denied.status).isEqualTo(403);
  }

  @Test
  void operations_routes_answer_on_every_instance() {
    for (String org : List.of("platform", "insurer", "auditor")) {
      assertThat(API.call(get(org, "/livez", "/livez")).status()).isEqualTo(200);
      Response ready = API.call(get(org, "/readyz", "/readyz"));
      assertThat(ready.status()).isEqualTo(200);
      assertThat(ready.json().path("org").asText()).isEqualTo(org);
      Response metrics = API.call(get(org, "/metrics", "/metrics"));
      assertThat(metrics.body()).contains("timecoin_api_requests");
    }
  }
}
