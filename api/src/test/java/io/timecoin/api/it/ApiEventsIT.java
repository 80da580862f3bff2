package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.api.it.ApiClient.Response;
import io.timecoin.api.it.SseStream.Event;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * /v1/events live on the real network: connect, write, see the writes' events; disconnect, write
 * more (including a claim with private details), reconnect with Last-Event-ID and get exactly the
 * missed events, in order, none of them twice and none with private details.
 */
class ApiEventsIT {

  private static final ApiClient API = new ApiClient();
  private static final Duration WAIT = Duration.ofSeconds(120);

  @Test
  void live_events_resume_after_the_last_event_id() throws InterruptedException {
    String ops = API.key("platform-ops");
    String reader = API.key("platform-reader");
    String insurer = API.key("insurer-staff");
    String v = ItData.id("ev");
    String lastSeen;
    try (SseStream live = SseStream.open(API.base("platform"), reader, null)) {
      ItInsurance.volunteerWithCoins(API, ops, v, "5.00");
      List<Event> seen =
          live.until(
              e -> e.name().equals("timecoin.EarningRecorded.v1") && e.data().contains(v), WAIT);
      assertThat(seen)
          .anyMatch(
              e -> e.name().equals("timecoin.VolunteerRegistered.v1") && e.data().contains(v));
      lastSeen = seen.get(seen.size() - 1).id();
      assertThat(lastSeen).matches("[0-9]+:[0-9a-f]{64}");
    }

    // Missed while disconnected: an earning, a product, a purchase and a claim.
    String activity = ItData.id("act");
    Response earned =
        API.call(
            post("platform", "/v1/earnings", ItData.earning(v, activity, "1.00"))
                .key(ops)
                .idempotencyKey("earn-" + activity));
    assertThat(earned.status()).as(earned.body()).isEqualTo(201);
    String product = ItData.id("evp");
    Response defined =
        API.call(
            post("insurer", "/v1/voucher-products", ItInsurance.product(product, "1.00", "100.00"))
                .key(insurer)
                .idempotencyKey("def-" + product));
    assertThat(defined.status()).as(defined.body()).isEqualTo(201);
    ItInsurance.awaitVisible(
        API, "platform", ops, "/v1/voucher-products/{code}", "/v1/voucher-products/" + product);
    ItInsurance.await(
        () ->
            API.call(
                get(
                        "auditor",
                        "/v1/volunteers/{volunteerId}/account",
                        "/v1/volunteers/" + v + "/account")
                    .key(API.key("auditor"))),
        r -> r.status() == 200 && r.json().path("totalEarned").asText().equals("6.00"));
    Response bought =
        API.call(
            post(
                    "platform",
                    "/v1/vouchers",
                    "{\"volunteerId\":\"" + v + "\",\"productCode\":\"" + product + "\"}")
                .key(ops)
                .idempotencyKey("buy-" + v));
    assertThat(bought.status()).as(bought.body()).isEqualTo(201);
    String voucherId = bought.json().path("result").path("voucher").path("voucherId").asText();
    ItInsurance.awaitVisible(
        API, "insurer", insurer, "/v1/vouchers/{voucherId}", "/v1/vouchers/" + voucherId);
    Response filed =
        API.call(
            post(
                    "platform",
                    "/v1/claims",
                    ItInsurance.claim(v, voucherId, ItInsurance.incidentNow(), "10.00", activity))
                .key(ops)
                .idempotencyKey("claim-" + activity));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    List<String> missedTx =
        List.of(
            earned.json().path("transactionId").asText(),
            defined.json().path("transactionId").asText(),
            bought.json().path("transactionId").asText(),
            filed.json().path("transactionId").asText());

    try (SseStream resumed = SseStream.open(API.base("platform"), reader, lastSeen)) {
      List<Event> missed = resumed.until(e -> e.id().endsWith(":" + missedTx.get(3)), WAIT);
      // Only this test writes while it runs, so what follows Last-Event-ID is exactly our writes.
      assertThat(missed.stream().map(e -> e.id().substring(e.id().indexOf(':') + 1)))
          .containsExactlyElementsOf(missedTx);
      assertThat(missed.stream().map(Event::name))
          .containsExactly(
              "timecoin.EarningRecorded.v1",
              "timecoin.VoucherProductDefined.v1",
              "timecoin.VoucherPurchased.v1",
              "timecoin.ClaimFiled.v1");
      Set<String> ids = new HashSet<>();
      long previousBlock = Long.parseLong(lastSeen.substring(0, lastSeen.indexOf(':')));
      for (Event e : missed) {
        assertThat(ids.add(e.id())).as("duplicate %s", e.id()).isTrue();
        long block = Long.parseLong(e.id().substring(0, e.id().indexOf(':')));
        assertThat(block).isGreaterThanOrEqualTo(previousBlock);
        previousBlock = block;
        assertThat(e.data())
            .doesNotContain(ItInsurance.SECRET_DESCRIPTION)
            .doesNotContain(ItInsurance.SECRET_PAYOUT)
            .doesNotContain("salt-");
      }
      assertThat(missed.get(3).data()).contains(v).contains("10.00");
    }
  }

  @Test
  void a_last_event_id_it_never_sent_is_a_400_and_volunteers_get_no_events() {
    Response bad =
        API.call(
            get("platform", "/v1/events", "/v1/events")
                .key(API.key("platform-reader"))
                .header("Accept", "text/event-stream")
                .header("Last-Event-ID", "yesterday"));
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.code()).isEqualTo("INVALID_LAST_EVENT_ID");
    Response volunteer =
        API.call(
            get("platform", "/v1/events", "/v1/events")
                .bearer(API.token("ev-nobody"))
                .header("Accept", "text/event-stream"));
    assertThat(volunteer.status()).isEqualTo(403);
  }

  @Test
  void an_id_of_no_event_on_this_ledger_is_a_400_and_a_request_not_for_a_stream_is_406() {
    Response unknown =
        API.call(
            get("platform", "/v1/events", "/v1/events")
                .key(API.key("platform-reader"))
                .header("Accept", "text/event-stream")
                .header("Last-Event-ID", "3:" + "ab".repeat(32)));
    assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
    assertThat(unknown.code()).isEqualTo("UNKNOWN_LAST_EVENT_ID");
    Response notAStream =
        API.call(
            get("platform", "/v1/events", "/v1/events")
                .key(API.key("platform-reader"))
                .header("Accept", "application/json"));
    assertThat(notAStream.status()).as(notAStream.body()).isEqualTo(406);
    assertThat(notAStream.code()).isEqualTo("NOT_ACCEPTABLE");
  }
}
