package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static io.timecoin.api.it.ApiClient.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.timecoin.api.it.ApiClient.Call;
import io.timecoin.api.it.ApiClient.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Vouchers and claims through the three orgs' APIs on the real network: the insurer defines a
 * product, the platform buys a voucher and files a claim, the insurer decides and pays, the auditor
 * reads the public part and is refused the private part. Plus the role rows of the new operations
 * and bad input that changes nothing. Every JSON response is checked against /openapi.json.
 */
class ApiVoucherClaimIT {

  private static final ApiClient API = new ApiClient();
  private static final String V = ItData.id("vc-v");
  private static final String W = ItData.id("vc-w");
  private static final String PRODUCT = ItData.id("prd");
  private static String ops;
  private static String reader;
  private static String insurer;
  private static String auditor;
  private static String voucherId;

  @BeforeAll
  static void productAndVoucher() {
    ops = API.key("platform-ops");
    reader = API.key("platform-reader");
    insurer = API.key("insurer-staff");
    auditor = API.key("auditor");
    ItInsurance.volunteerWithCoins(API, ops, V, "5.00");
    ItInsurance.volunteerWithCoins(API, ops, W, "5.00");

    Response defined =
        API.call(
            post("insurer", "/v1/voucher-products", ItInsurance.product(PRODUCT, "2.00", "1000.00"))
                .key(insurer)
                .idempotencyKey("def-" + PRODUCT));
    assertThat(defined.status()).as(defined.body()).isEqualTo(201);
    assertThat(defined.json().path("result").path("active").asBoolean()).isTrue();
    assertThat(defined.json().path("requestId").asText()).isEqualTo("insurer-staff.def-" + PRODUCT);

    ItInsurance.awaitVisible(
        API, "platform", ops, "/v1/voucher-products/{code}", "/v1/voucher-products/" + PRODUCT);
    Response bought =
        API.call(
            post(
                    "platform",
                    "/v1/vouchers",
                    "{\"volunteerId\":\"" + V + "\",\"productCode\":\"" + PRODUCT + "\"}")
                .key(ops)
                .idempotencyKey("buy-" + V));
    assertThat(bought.status()).as(bought.body()).isEqualTo(201);
    JsonNode voucher = bought.json().path("result").path("voucher");
    voucherId = voucher.path("voucherId").asText();
    assertThat(voucher.path("status").asText()).isEqualTo("ACTIVE");
    assertThat(voucher.path("remainingCover").asText()).isEqualTo("1000.00");
    assertThat(bought.json().path("result").path("entry").path("balanceAfter").asText())
        .isEqualTo("3.00");
    ItInsurance.awaitVisible(API, "insurer", insurer, "/v1/vouchers/{voucherId}", voucherPath());
    ItInsurance.awaitVisible(API, "auditor", auditor, "/v1/vouchers/{voucherId}", voucherPath());
  }

  private static String voucherPath() {
    return "/v1/vouchers/" + voucherId;
  }

  private static Response file(String body, String key) {
    return API.call(post("platform", "/v1/claims", body).key(ops).idempotencyKey(key));
  }

  private static Call claimWrite(String org, String what, String claimId, String body) {
    return new Call(
            org, "POST", "/v1/claims/{claimId}/" + what, "/v1/claims/" + claimId + "/" + what)
        .body(body);
  }

  private static JsonNode claim(String org, String key, String claimId) {
    return ItInsurance.awaitVisible(API, org, key, "/v1/claims/{claimId}", "/v1/claims/" + claimId)
        .json();
  }

  private static JsonNode voucher(String org, String key) {
    Response r = API.call(get(org, "/v1/vouchers/{voucherId}", voucherPath()).key(key));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  @Test
  void the_whole_lifecycle_across_the_three_orgs() {
    String activity = ItData.id("acc");
    Response filed =
        file(
            ItInsurance.claim(V, voucherId, ItInsurance.incidentNow(), "400.00", activity),
            activity);
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(filed.body())
        .doesNotContain(ItInsurance.SECRET_DESCRIPTION)
        .doesNotContain(ItInsurance.SECRET_PAYOUT)
        .doesNotContain("salt-");
    String claimId = filed.json().path("result").path("claimId").asText();
    assertThat(filed.json().path("result").path("status").asText()).isEqualTo("FILED");

    // The auditor reads the public part, never the private part.
    JsonNode seenByAuditor = claim("auditor", auditor, claimId);
    assertThat(seenByAuditor.path("privateDetailsHash").asText()).hasSize(64);
    assertThat(seenByAuditor.toString()).doesNotContain(ItInsurance.SECRET_DESCRIPTION);
    Response refused =
        API.call(
            get("auditor", "/v1/claims/{claimId}/private", "/v1/claims/" + claimId + "/private")
                .key(auditor));
    assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain(ItInsurance.SECRET_DESCRIPTION);

    // The insurer reads the private details (its peer holds the collection).
    claim("insurer", insurer, claimId);
    Response details =
        ItInsurance.awaitVisible(
            API,
            "insurer",
            insurer,
            "/v1/claims/{claimId}/private",
            "/v1/claims/" + claimId + "/private");
    assertThat(details.json().path("details").path("description").asText())
        .isEqualTo(ItInsurance.SECRET_DESCRIPTION);
    assertThat(details.json().path("hash").asText())
        .isEqualTo(seenByAuditor.path("privateDetailsHash").asText());
    assertThat(details.header("Cache-Control")).isEqualTo("no-store");

    Response approved =
        API.call(
            claimWrite(
                    "insurer",
                    "decision",
                    claimId,
                    "{\"decision\":\"APPROVED\",\"approvedAmount\":\"300.00\","
                        + "\"reason\":\"covered activity\"}")
                .key(insurer)
                .idempotencyKey("dec-" + activity));
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);
    assertThat(approved.json().path("result").path("status").asText()).isEqualTo("APPROVED");
    assertThat(voucher("insurer", insurer).path("remainingCover").asText()).isEqualTo("700.00");

    Response paid =
        API.call(
            claimWrite(
                    "insurer",
                    "payment",
                    claimId,
                    "{\"paymentReference\":\"PAY-" + activity + "\"}")
                .key(insurer)
                .idempotencyKey("pay-" + activity));
    assertThat(paid.status()).as(paid.body()).isEqualTo(200);
    assertThat(paid.json().path("result").path("status").asText()).isEqualTo("PAID");

    // Every org reads PAID; the auditor finds it in the PAID list.
    JsonNode atPlatform =
        ItInsurance.await(
                () ->
                    API.call(
                        get("platform", "/v1/claims/{claimId}", "/v1/claims/" + claimId).key(ops)),
                r -> r.status() == 200 && r.json().path("status").asText().equals("PAID"))
            .json();
    assertThat(atPlatform.path("approvedAmount").asText()).isEqualTo("300.00");
    ItInsurance.await(
        () ->
            API.call(get("auditor", "/v1/claims/{claimId}", "/v1/claims/" + claimId).key(auditor)),
        r -> r.status() == 200 && r.json().path("status").asText().equals("PAID"));
    assertThat(paidClaimIds()).contains(claimId);

    // The volunteer reads their own voucher and claim, and not the private part.
    String token = API.token(V);
    Response own =
        API.call(get("platform", "/v1/claims/{claimId}", "/v1/claims/" + claimId).bearer(token));
    assertThat(own.status()).as(own.body()).isEqualTo(200);
    Response mine =
        API.call(
            get(
                    "platform",
                    "/v1/volunteers/{volunteerId}/vouchers",
                    "/v1/volunteers/" + V + "/vouchers")
                .bearer(token));
    assertThat(mine.status()).as(mine.body()).isEqualTo(200);
    assertThat(mine.json().path("vouchers").get(0).path("voucherId").asText()).isEqualTo(voucherId);
    assertThat(
            API.call(
                    get(
                            "platform",
                            "/v1/claims/{claimId}/private",
                            "/v1/claims/" + claimId + "/private")
                        .bearer(token))
                .status())
        .isEqualTo(403);
  }

  private static List<String> paidClaimIds() {
    List<String> ids = new ArrayList<>();
    String cursor = "";
    do {
      Response page =
          API.call(
              get(
                      "auditor",
                      "/v1/claims",
                      "/v1/claims?status=PAID&pageSize=200"
                          + (cursor.isEmpty() ? "" : "&cursor=" + cursor))
                  .key(auditor));
      assertThat(page.status()).as(page.body()).isEqualTo(200);
      page.json().path("claims").forEach(c -> ids.add(c.path("claimId").asText()));
      cursor = page.json().path("bookmark").asText();
    } while (!cursor.isEmpty());
    return ids;
  }

  @Test
  void a_volunteer_sees_only_their_own_vouchers_and_claims() {
    String tokenW = API.token(W);
    Response other =
        API.call(get("platform", "/v1/vouchers/{voucherId}", voucherPath()).bearer(tokenW));
    Response missing =
        API.call(
            get("platform", "/v1/vouchers/{voucherId}", "/v1/vouchers/no-such-voucher")
                .bearer(tokenW));
    assertThat(other.status()).isEqualTo(404);
    assertThat(other.code()).isEqualTo("VOUCHER_NOT_FOUND").isEqualTo(missing.code());
    assertThat(other.json().path("detail")).isEqualTo(missing.json().path("detail"));
    Response list =
        API.call(
            get(
                    "platform",
                    "/v1/volunteers/{volunteerId}/vouchers",
                    "/v1/volunteers/" + V + "/vouchers")
                .bearer(tokenW));
    assertThat(list.status()).isEqualTo(404);
    assertThat(list.code()).isEqualTo("VOLUNTEER_NOT_FOUND");
    Response claims =
        API.call(get("platform", "/v1/claims", "/v1/claims?status=FILED").bearer(tokenW));
    assertThat(claims.status()).isEqualTo(403);
  }

  /** One row of the role matrix: who calls what, and the status they get before any ledger call. */
  private record Row(String caller, Call call, int status) {}

  @Test
  void the_role_matrix_of_the_new_operations() {
    String x = ItData.id("rm");
    String claimBody = ItInsurance.claim(V, voucherId, ItInsurance.incidentNow(), "1.00", x);
    String volunteerToken = API.token(V);
    List<Row> rows =
        List.of(
            new Row(
                "platform-ops",
                post("platform", "/v1/voucher-products", ItInsurance.product(x, "1.00", "1.00"))
                    .key(ops),
                403),
            new Row(
                "platform-ops",
                put(
                        "platform",
                        "/v1/voucher-products/{code}/active",
                        "/v1/voucher-products/" + PRODUCT + "/active",
                        "{\"active\":false}")
                    .key(ops),
                403),
            new Row(
                "insurer-staff",
                post(
                        "insurer",
                        "/v1/vouchers",
                        "{\"volunteerId\":\"" + W + "\",\"productCode\":\"" + PRODUCT + "\"}")
                    .key(insurer),
                403),
            new Row("insurer-staff", post("insurer", "/v1/claims", claimBody).key(insurer), 403),
            new Row("platform-reader", post("platform", "/v1/claims", claimBody).key(reader), 403),
            new Row("auditor", post("auditor", "/v1/claims", claimBody).key(auditor), 403),
            new Row(
                "volunteer", post("platform", "/v1/claims", claimBody).bearer(volunteerToken), 403),
            new Row(
                "auditor",
                claimWrite(
                        "auditor",
                        "decision",
                        "c-1",
                        "{\"decision\":\"REJECTED\",\"reason\":\"r\"}")
                    .key(auditor),
                403),
            new Row(
                "platform-ops",
                claimWrite("platform", "payment", "c-1", "{\"paymentReference\":\"p-1\"}").key(ops),
                403),
            new Row(
                "platform-ops",
                new Call(
                        "platform",
                        "POST",
                        "/v1/vouchers/{voucherId}/void",
                        voucherPath() + "/void")
                    .body("{\"reason\":\"r\"}")
                    .key(ops),
                403),
            new Row(
                "platform-reader",
                get("platform", "/v1/claims/{claimId}/private", "/v1/claims/c-1/private")
                    .key(reader),
                403),
            new Row(
                "auditor",
                get("auditor", "/v1/claims/{claimId}/private", "/v1/claims/c-1/private")
                    .key(auditor),
                403),
            new Row(
                "auditor",
                get("auditor", "/v1/claims", "/v1/claims?status=FILED").key(auditor),
                200),
            new Row(
                "platform-reader",
                get("platform", "/v1/voucher-products", "/v1/voucher-products").key(reader),
                200),
            new Row(
                "volunteer",
                get("platform", "/v1/voucher-products", "/v1/voucher-products")
                    .bearer(volunteerToken),
                200),
            new Row(
                "insurer-staff",
                get("insurer", "/v1/vouchers/{voucherId}", voucherPath()).key(insurer),
                200));
    int i = 0;
    for (Row row : rows) {
      row.call().idempotencyKey("role-" + x + "-" + i++);
      Response r = API.call(row.call());
      assertThat(r.status())
          .as("%s %s %s: %s", row.caller(), row.call().method, row.call().path, r.body())
          .isEqualTo(row.status());
      if (row.status() == 403) {
        assertThat(r.code()).isEqualTo("FORBIDDEN");
      }
    }
    // Nothing was written by the refused rows: the voucher is untouched and still ACTIVE.
    assertThat(voucher("auditor", auditor).path("status").asText()).isEqualTo("ACTIVE");
    Response product =
        API.call(
            get("platform", "/v1/voucher-products/{code}", "/v1/voucher-products/" + x).key(ops));
    assertThat(product.status()).isEqualTo(404);
  }

  @Test
  void bad_input_is_refused_with_a_code_and_changes_nothing() {
    String a = ItData.id("bad");
    String remaining = voucher("platform", ops).path("remainingCover").asText();

    Response outside = file(ItInsurance.claim(V, voucherId, "2000-01-01", "10.00", a), a + "-o");
    assertThat(outside.status()).as(outside.body()).isEqualTo(422);
    assertThat(outside.code()).isEqualTo("INCIDENT_OUTSIDE_COVER");

    String longText = "x".repeat(2001);
    Response tooLong =
        file(
            ItInsurance.claim(
                V,
                voucherId,
                ItInsurance.incidentNow(),
                "10.00",
                a,
                ItInsurance.privateDetails(longText)),
            a + "-l");
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.code()).isEqualTo("INVALID_ARGUMENT");
    assertThat(tooLong.body()).doesNotContain(longText);

    String huge = "y".repeat(17_000);
    Response tooLarge =
        file(
            ItInsurance.claim(
                V,
                voucherId,
                ItInsurance.incidentNow(),
                "10.00",
                a,
                ItInsurance.privateDetails(huge)),
            a + "-h");
    assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
    assertThat(tooLarge.code()).isEqualTo("PAYLOAD_TOO_LARGE");

    Response noDetails =
        file(
            ItInsurance.claim(V, voucherId, ItInsurance.incidentNow(), "10.00", a)
                .replaceFirst(",\"privateDetails\":\\{.*\\}}$", "}"),
            a + "-n");
    assertThat(noDetails.status()).as(noDetails.body()).isEqualTo(400);
    assertThat(noDetails.code()).isEqualTo("MALFORMED_REQUEST");

    // A claim over the cover may be filed; approving more than the cover or than claimed may not.
    Response big =
        file(ItInsurance.claim(V, voucherId, ItInsurance.incidentNow(), "1500.00", a), a);
    assertThat(big.status()).as(big.body()).isEqualTo(201);
    String claimId = big.json().path("result").path("claimId").asText();
    claim("insurer", insurer, claimId);
    Response overCover =
        API.call(
            claimWrite(
                    "insurer",
                    "decision",
                    claimId,
                    "{\"decision\":\"APPROVED\",\"approvedAmount\":\"1200.00\",\"reason\":\"r\"}")
                .key(insurer)
                .idempotencyKey(a + "-oc"));
    assertThat(overCover.status()).as(overCover.body()).isIn(422);
    assertThat(overCover.code()).isEqualTo("COVER_EXCEEDED");
    Response overClaimed =
        API.call(
            claimWrite(
                    "insurer",
                    "decision",
                    claimId,
                    "{\"decision\":\"APPROVED\",\"approvedAmount\":\"1600.00\",\"reason\":\"r\"}")
                .key(insurer)
                .idempotencyKey(a + "-ocl"));
    assertThat(overClaimed.code()).isEqualTo("INVALID_AMOUNT");
    assertThat(claim("insurer", insurer, claimId).path("status").asText()).isEqualTo("FILED");

    Response rejected =
        API.call(
            claimWrite(
                    "insurer", "decision", claimId, "{\"decision\":\"REJECTED\",\"reason\":\"r\"}")
                .key(insurer)
                .idempotencyKey(a + "-rej"));
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    Response twice =
        API.call(
            claimWrite(
                    "insurer",
                    "decision",
                    claimId,
                    "{\"decision\":\"APPROVED\",\"approvedAmount\":\"1.00\",\"reason\":\"r\"}")
                .key(insurer)
                .idempotencyKey(a + "-twice"));
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(twice.code()).isEqualTo("CLAIM_ALREADY_DECIDED");
    assertThat(claim("insurer", insurer, claimId).path("status").asText()).isEqualTo("REJECTED");
    Response unpaid =
        API.call(
            claimWrite("insurer", "payment", claimId, "{\"paymentReference\":\"p-" + a + "\"}")
                .key(insurer)
                .idempotencyKey(a + "-pay"));
    assertThat(unpaid.status()).as(unpaid.body()).isEqualTo(422);
    assertThat(unpaid.code()).isEqualTo("CLAIM_NOT_APPROVED");

    Response badStatus =
        API.call(get("auditor", "/v1/claims", "/v1/claims?status=OPEN").key(auditor));
    assertThat(badStatus.status()).isEqualTo(400);
    assertThat(badStatus.code()).isEqualTo("INVALID_QUERY");

    // Same Idempotency-Key, other private details: conflict, like on the ledger.
    Response conflict =
        file(
            ItInsurance.claim(
                V,
                voucherId,
                ItInsurance.incidentNow(),
                "1500.00",
                a,
                ItInsurance.privateDetails("other")),
            a);
    assertThat(conflict.status()).as(conflict.body()).isEqualTo(422);
    assertThat(conflict.code()).isEqualTo("IDEMPOTENCY_CONFLICT");

    assertThat(voucher("insurer", insurer).path("remainingCover").asText()).isEqualTo(remaining);
  }
}
