package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.api.it.ApiClient.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Voucher and claim steps shared by the API ITs. Another org's peer may be a block behind the one
 * that committed a write, so a step endorsed by another org first polls that org's API for the
 * record (never a sleep of a guessed length).
 */
final class ItInsurance {

  /** The private description written in every test claim; must never come back outside /private. */
  static final String SECRET_DESCRIPTION = "ladder fall at the community garden, left wrist";

  /** The private payout reference of every test claim. */
  static final String SECRET_PAYOUT = "PAYOUT-ACCT-7781-2299";

  private ItInsurance() {}

  static String product(String code, String price, String limit) {
    return "{\"code\":\""
        + code
        + "\",\"priceCoins\":\""
        + price
        + "\",\"coverageDays\":30,\"coverageLimit\":\""
        + limit
        + "\",\"currency\":\"CNY\"}";
  }

  static String privateDetails(String description) {
    return "{\"description\":\""
        + description
        + "\",\"documentHashes\":[\""
        + ItData.EVIDENCE
        + "\"],\"payoutReference\":\""
        + SECRET_PAYOUT
        + "\"}";
  }

  static String claim(
      String volunteerId, String voucherId, String incidentDate, String amount, String activity) {
    return claim(
        volunteerId, voucherId, incidentDate, amount, activity, privateDetails(SECRET_DESCRIPTION));
  }

  static String claim(
      String volunteerId,
      String voucherId,
      String incidentDate,
      String amount,
      String activity,
      String details) {
    return "{\"volunteerId\":\""
        + volunteerId
        + "\",\"voucherId\":\""
        + voucherId
        + "\",\"incidentDate\":\""
        + incidentDate
        + "\",\"amountClaimed\":\""
        + amount
        + "\",\"activityId\":\""
        + activity
        + "\",\"evidenceHash\":\""
        + ItData.EVIDENCE
        + "\",\"privateDetails\":"
        + details
        + "}";
  }

  /**
   * An incident "now", with its offset: after the purchase that came before it and not after the
   * filing's own timestamp. A date alone would not do on the day of purchase (the cover starts at
   * the purchase instant).
   */
  static String incidentNow() {
    return OffsetDateTime.now(ZoneOffset.UTC).toString();
  }

  /** Polls until {@code done} holds for the response, for at most a minute. */
  static Response await(Supplier<Response> call, Predicate<Response> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    Response last = call.get();
    while (!done.test(last) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      last = call.get();
    }
    assertThat(done.test(last)).as("still not there: %s", last.body()).isTrue();
    return last;
  }

  /** Waits until {@code org}'s API (its peer) reads {@code path} with 200. */
  static Response awaitVisible(
      ApiClient api, String org, String key, String template, String path) {
    return await(() -> api.call(get(org, template, path).key(key)), r -> r.status() == 200);
  }

  /** Registers a volunteer with {@code coins} through the platform and waits for every peer. */
  static void volunteerWithCoins(ApiClient api, String ops, String volunteerId, String coins) {
    Response r =
        api.call(
            post("platform", "/v1/volunteers", ItData.register(volunteerId))
                .key(ops)
                .idempotencyKey("reg-" + volunteerId));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String activity = ItData.id("act");
    r =
        api.call(
            post("platform", "/v1/earnings", ItData.earning(volunteerId, activity, coins))
                .key(ops)
                .idempotencyKey("earn-" + activity));
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    for (String org : new String[] {"insurer", "auditor"}) {
      String key = org.equals("insurer") ? api.key("insurer-staff") : api.key("auditor");
      await(
          () ->
              api.call(
                  get(
                          org,
                          "/v1/volunteers/{volunteerId}/account",
                          "/v1/volunteers/" + volunteerId + "/account")
                      .key(key)),
          x -> x.status() == 200 && x.json().path("totalEarned").asText().equals(coins));
    }
  }
}
