package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static io.timecoin.api.it.ApiClient.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.timecoin.api.auth.VolunteerTokens;
import io.timecoin.api.it.ApiClient.Call;
import io.timecoin.api.it.ApiClient.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The auth matrix on the real network: each caller (the four API-key roles on their own org's
 * instance, and a volunteer token) against each operation, coins, vouchers and claims; keys on the
 * wrong instance; a volunteer reading another's data; missing, expired, wrong-signature and alg
 * none tokens.
 */
class ApiAuthIT {

  private static final ApiClient API = new ApiClient();
  private static final String OWN = ItData.id("auth-own");
  private static final String OTHER = ItData.id("auth-other");
  private static String otherEntry;

  /** Caller name: org, credential. */
  private record Who(String name, String org, Function<Call, Call> credential) {}

  private static List<Who> callers() {
    return List.of(
        new Who("platform-operator", "platform", c -> c.key(API.key("platform-ops"))),
        new Who("platform-reader", "platform", c -> c.key(API.key("platform-reader"))),
        new Who("insurer-staff", "insurer", c -> c.key(API.key("insurer-staff"))),
        new Who("auditor", "auditor", c -> c.key(API.key("auditor"))),
        new Who("volunteer", "platform", c -> c.bearer(API.token(OWN))));
  }

  /** Who may do what: written out here, not taken from the code under test. */
  private static final Map<String, Set<String>> ALLOWED =
      Map.ofEntries(
          Map.entry("registerVolunteer", Set.of("platform-operator")),
          Map.entry("setAccountStatus", Set.of("platform-operator")),
          Map.entry("recordEarning", Set.of("platform-operator")),
          Map.entry("payForHelp", Set.of("platform-operator")),
          Map.entry("transfer", Set.of("platform-operator")),
          Map.entry("reverseEntry", Set.of("platform-operator")),
          Map.entry("setEarningPolicy", Set.of("platform-operator")),
          Map.entry(
              "getAccount",
              Set.of(
                  "platform-operator", "platform-reader", "insurer-staff", "auditor", "volunteer")),
          Map.entry(
              "listEntries",
              Set.of(
                  "platform-operator", "platform-reader", "insurer-staff", "auditor", "volunteer")),
          Map.entry(
              "getEntry",
              Set.of("platform-operator", "platform-reader", "insurer-staff", "auditor")),
          Map.entry(
              "getEarningPolicy",
              Set.of(
                  "platform-operator", "platform-reader", "insurer-staff", "auditor", "volunteer")),
          Map.entry(
              "getRequest",
              Set.of("platform-operator", "platform-reader", "insurer-staff", "auditor")),
          Map.entry(
              "getTransaction",
              Set.of("platform-operator", "platform-reader", "insurer-staff", "auditor")),
          Map.entry("getKeyHistory", Set.of("auditor")),
          Map.entry("exportEntries", Set.of("auditor")),
          Map.entry("defineVoucherProduct", Set.of("insurer-staff")),
          Map.entry("setProductActive", Set.of("insurer-staff")),
          Map.entry("purchaseVoucher", Set.of("platform-operator")),
          Map.entry("voidVoucher", Set.of("insurer-staff")),
          Map.entry("fileClaim", Set.of("platform-operator")),
          Map.entry("decideClaim", Set.of("insurer-staff")),
          Map.entry("markClaimPaid", Set.of("insurer-staff")),
          Map.entry(
              "listVoucherProducts",
              Set.of(
                  "platform-operator", "platform-reader", "insurer-staff", "auditor", "volunteer")),
          Map.entry(
              "getVoucherProduct",
              Set.of(
                  "platform-operator", "platform-reader", "insurer-staff", "auditor", "volunteer")),
          Map.entry(
              "getVoucher",
              Set.of(
                  "platform-operator", "platform-reader", "insurer-staff", "auditor", "volunteer")),
          Map.entry(
              "listVouchers",
              Set.of(
                  "platform-operator", "platform-reader", "insurer-staff", "auditor", "volunteer")),
          Map.entry(
              "listClaims",
              Set.of("platform-operator", "platform-reader", "insurer-staff", "auditor")),
          Map.entry(
              "getClaim",
              Set.of(
                  "platform-operator", "platform-reader", "insurer-staff", "auditor", "volunteer")),
          Map.entry("getClaimPrivate", Set.of("platform-operator", "insurer-staff")));

  @BeforeAll
  static void volunteers() {
    String ops = API.key("platform-ops");
    for (String v : List.of(OWN, OTHER)) {
      API.call(
          post("platform", "/v1/volunteers", ItData.register(v))
              .key(ops)
              .idempotencyKey("reg-" + v));
    }
    Response earned =
        API.call(
            post("platform", "/v1/earnings", ItData.earning(OTHER, ItData.id("act"), "1.00"))
                .key(ops)
                .idempotencyKey(ItData.id("e")));
    otherEntry = earned.json().path("result").path("entryId").asText();
  }

  private static Call operation(String name, String org) {
    // Writes name a volunteer that does not exist, so an allowed caller changes nothing.
    String ghost = ItData.id("ghost");
    return switch (name) {
      case "registerVolunteer" ->
          new Call(org, "POST", "/v1/volunteers", "/v1/volunteers")
              .body(ItData.register(ItData.id("m")));
      case "setAccountStatus" ->
          put(
              org,
              "/v1/volunteers/{volunteerId}/status",
              "/v1/volunteers/" + ghost + "/status",
              "{\"status\":\"FROZEN\",\"reason\":\"matrix\"}");
      case "recordEarning" ->
          new Call(org, "POST", "/v1/earnings", "/v1/earnings")
              .body(ItData.earning(ghost, "a1", "1.00"));
      case "payForHelp" ->
          new Call(org, "POST", "/v1/help-payments", "/v1/help-payments")
              .body(
                  "{\"requesterId\":\""
                      + ghost
                      + "\",\"helperId\":\""
                      + OWN
                      + "\",\"coins\":\"1.00\",\"helpRequestId\":\"h1\"}");
      case "transfer" ->
          new Call(org, "POST", "/v1/transfers", "/v1/transfers")
              .body("{\"fromId\":\"" + ghost + "\",\"toId\":\"" + OWN + "\",\"coins\":\"1.00\"}");
      case "reverseEntry" ->
          new Call(org, "POST", "/v1/reversals", "/v1/reversals")
              .body("{\"entryId\":\"no-such-tx:0\",\"reason\":\"matrix\"}");
      case "setEarningPolicy" ->
          put(
              org,
              "/v1/earning-policy",
              "/v1/earning-policy",
              "{\"maxCoinsPerActivity\":\"0.00\",\"dailyCapCoins\":\"0.00\",\"utcOffset\":\"+08:00\"}");
      case "getAccount" ->
          get(org, "/v1/volunteers/{volunteerId}/account", "/v1/volunteers/" + OWN + "/account");
      case "listEntries" ->
          get(org, "/v1/volunteers/{volunteerId}/entries", "/v1/volunteers/" + OWN + "/entries");
      case "getEntry" -> get(org, "/v1/entries/{entryId}", "/v1/entries/" + otherEntry);
      case "getEarningPolicy" -> get(org, "/v1/earning-policy", "/v1/earning-policy");
      case "getRequest" ->
          get(org, "/v1/requests/{requestId}", "/v1/requests/platform-ops.reg-" + OWN);
      case "getTransaction" ->
          get(
              org,
              "/v1/transactions/{transactionId}",
              "/v1/transactions/" + otherEntry.split(":")[0]);
      case "getKeyHistory" -> get(org, "/v1/history/{kind}/{id}", "/v1/history/account/" + OWN);
      case "exportEntries" ->
          new Call(
              org,
              "GET",
              null,
              "/v1/exports/entries?volunteerId="
                  + OWN
                  + "&from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z");
      // Voucher and claim writes name things that do not exist (or break a rule), so an allowed
      // caller gets a 400/404 and nothing changes.
      case "defineVoucherProduct" ->
          new Call(org, "POST", "/v1/voucher-products", "/v1/voucher-products")
              .body(ItInsurance.product(ItData.id("mp"), "0.00", "1.00"));
      case "setProductActive" ->
          put(
              org,
              "/v1/voucher-products/{code}/active",
              "/v1/voucher-products/" + ghost + "/active",
              "{\"active\":false}");
      case "purchaseVoucher" ->
          new Call(org, "POST", "/v1/vouchers", "/v1/vouchers")
              .body("{\"volunteerId\":\"" + ghost + "\",\"productCode\":\"" + ghost + "\"}");
      case "voidVoucher" ->
          new Call(org, "POST", "/v1/vouchers/{voucherId}/void", "/v1/vouchers/" + ghost + "/void")
              .body("{\"reason\":\"matrix\"}");
      case "fileClaim" ->
          new Call(org, "POST", "/v1/claims", "/v1/claims")
              .body(ItInsurance.claim(ghost, ghost, ItInsurance.incidentNow(), "1.00", "a1"));
      case "decideClaim" ->
          new Call(
                  org, "POST", "/v1/claims/{claimId}/decision", "/v1/claims/" + ghost + "/decision")
              .body("{\"decision\":\"REJECTED\",\"reason\":\"matrix\"}");
      case "markClaimPaid" ->
          new Call(org, "POST", "/v1/claims/{claimId}/payment", "/v1/claims/" + ghost + "/payment")
              .body("{\"paymentReference\":\"p-1\"}");
      case "listVoucherProducts" -> get(org, "/v1/voucher-products", "/v1/voucher-products");
      case "getVoucherProduct" ->
          get(org, "/v1/voucher-products/{code}", "/v1/voucher-products/" + ghost);
      case "getVoucher" -> get(org, "/v1/vouchers/{voucherId}", "/v1/vouchers/" + ghost);
      case "listVouchers" ->
          get(org, "/v1/volunteers/{volunteerId}/vouchers", "/v1/volunteers/" + OWN + "/vouchers");
      case "listClaims" -> get(org, "/v1/claims", "/v1/claims?status=FILED&pageSize=5");
      case "getClaim" -> get(org, "/v1/claims/{claimId}", "/v1/claims/" + ghost);
      case "getClaimPrivate" ->
          get(org, "/v1/claims/{claimId}/private", "/v1/claims/" + ghost + "/private");
      default -> throw new IllegalArgumentException(name);
    };
  }

  @Test
  void each_role_against_each_operation() {
    for (Who who : callers()) {
      for (var entry : ALLOWED.entrySet()) {
        Call call = who.credential().apply(operation(entry.getKey(), who.org()));
        if (call.body != null) {
          call.idempotencyKey(ItData.id("m"));
        }
        Response response = API.call(call);
        String what = who.name() + " -> " + entry.getKey() + ": " + response.body();
        if (entry.getValue().contains(who.name())) {
          assertThat(response.status()).as(what).isNotIn(401, 403);
        } else if (entry.getKey().equals("getEntry") && who.name().equals("volunteer")) {
          assertThat(response.status()).as("another's entry looks missing: " + what).isEqualTo(404);
          assertThat(response.code()).isEqualTo("ENTRY_NOT_FOUND");
        } else {
          assertThat(response.status()).as(what).isEqualTo(403);
          assertThat(response.code()).as(what).isEqualTo("FORBIDDEN");
        }
      }
    }
  }

  @Test
  void a_key_works_only_on_its_own_orgs_instance() {
    Response wrong =
        API.call(
            get("auditor", "/v1/earning-policy", "/v1/earning-policy")
                .key(API.key("platform-ops")));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.code()).isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void a_volunteer_sees_their_own_data_and_anothers_looks_missing() {
    String token = API.token(OWN);
    Response own =
        API.call(
            get(
                    "platform",
                    "/v1/volunteers/{volunteerId}/account",
                    "/v1/volunteers/" + OWN + "/account")
                .bearer(token));
    Response other =
        API.call(
            get(
                    "platform",
                    "/v1/volunteers/{volunteerId}/account",
                    "/v1/volunteers/" + OTHER + "/account")
                .bearer(token));
    Response missing =
        API.call(
            get(
                    "platform",
                    "/v1/volunteers/{volunteerId}/account",
                    "/v1/volunteers/" + ItData.id("nobody") + "/account")
                .key(API.key("platform-reader")));
    Response otherEntries =
        API.call(
            get(
                    "platform",
                    "/v1/volunteers/{volunteerId}/entries",
                    "/v1/volunteers/" + OTHER + "/entries")
                .bearer(token));

    assertThat(own.status()).isEqualTo(200);
    assertThat(other.status()).isEqualTo(404);
    assertThat(otherEntries.status()).isEqualTo(404);
    assertThat(strip(other)).isEqualTo(strip(missing));
    assertThat(strip(otherEntries)).isEqualTo(strip(missing));
  }

  @Test
  void missing_expired_forged_and_unsigned_tokens_are_401() throws Exception {
    String path = "/v1/volunteers/" + OWN + "/account";
    String template = "/v1/volunteers/{volunteerId}/account";
    String expired =
        API.token(
            OWN, Duration.ofMinutes(1), Clock.offset(Clock.systemUTC(), Duration.ofHours(-2)));
    String forged =
        VolunteerTokens.of(VolunteerTokens.newSigningKey(), Clock.systemUTC())
            .mint(OWN, Duration.ofMinutes(5));
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(VolunteerTokens.ISSUER)
            .audience(VolunteerTokens.AUDIENCE)
            .subject(OWN)
            .issueTime(new Date())
            .expirationTime(Date.from(Instant.now().plusSeconds(300)))
            .build();
    String none = new PlainJWT(claims).serialize();
    SignedJWT es256ButOtherKey = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), claims);
    es256ButOtherKey.sign(new ECDSASigner(VolunteerTokens.newSigningKey()));

    assertThat(API.call(get("platform", template, path)).status()).isEqualTo(401);
    for (String token : List.of(expired, forged, none, es256ButOtherKey.serialize(), "garbage")) {
      Response response = API.call(get("platform", template, path).bearer(token));
      assertThat(response.status()).as(token).isEqualTo(401);
      assertThat(response.code()).isEqualTo("UNAUTHENTICATED");
    }
    assertThat(API.call(get("platform", template, path).bearer(API.token(OWN))).status())
        .isEqualTo(200);
  }

  private static String strip(Response response) {
    ObjectNode tree = (ObjectNode) response.json();
    tree.remove("instance");
    return tree.toString();
  }
}
