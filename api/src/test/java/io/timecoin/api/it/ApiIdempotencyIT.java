package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.api.it.ApiClient.Response;
import io.timecoin.client.Committed;
import io.timecoin.client.LedgerConnectionConfig;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.EntryView;
import io.timecoin.model.RecordEarningRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on the real network: replay, another body, and concurrent sends of one key. */
class ApiIdempotencyIT {

  private static final ApiClient API = new ApiClient();
  private final String ops = API.key("platform-ops");

  private Response register(String key, String volunteerId) {
    return API.call(
        post("platform", "/v1/volunteers", ItData.register(volunteerId))
            .key(ops)
            .idempotencyKey(key));
  }

  private int entryCount(String volunteerId) {
    return API.call(
            get(
                    "auditor",
                    "/v1/volunteers/{volunteerId}/account",
                    "/v1/volunteers/" + volunteerId + "/account")
                .key(API.key("auditor")))
        .json()
        .path("entryCount")
        .asInt();
  }

  @Test
  void the_same_key_and_body_returns_the_first_result_and_writes_nothing() {
    String v = ItData.id("idem");
    register("reg-" + v, v);
    String key = ItData.id("k");
    String body = ItData.earning(v, ItData.id("act"), "1.00");
    Response first = API.call(post("platform", "/v1/earnings", body).key(ops).idempotencyKey(key));
    Response replay = API.call(post("platform", "/v1/earnings", body).key(ops).idempotencyKey(key));

    assertThat(first.status()).isEqualTo(201);
    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.json()).isEqualTo(first.json());
    assertThat(entryCount(v)).isEqualTo(1);
  }

  @Test
  void a_key_this_instance_does_not_remember_answers_the_transaction_that_wrote_it() {
    // As after a restart of the API: the ledger already holds the write under the key's
    // requestId, written by another client of the org; the API's memory is empty.
    String v = ItData.id("idem");
    register("reg-" + v, v);
    String key = ItData.id("k");
    String activity = ItData.id("act");
    Committed<EntryView> written;
    try (TimeCoinLedger ledger =
        TimeCoinLedger.connect(
            LedgerConnectionConfig.fromProperties(
                Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"))
                    .resolve("clients/platform.properties")))) {
      written =
          ledger.recordEarning(
              new RecordEarningRequest(
                  "platform-ops." + key,
                  v,
                  activity,
                  60,
                  CoinAmount.parse("1.00"),
                  "branch-7",
                  ItData.EVIDENCE,
                  "environment"));
    }

    Response replay =
        API.call(
            post("platform", "/v1/earnings", ItData.earning(v, activity, "1.00"))
                .key(ops)
                .idempotencyKey(key));

    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.json().path("transactionId").asText()).isEqualTo(written.transactionId());
    assertThat(replay.json().path("blockNumber").asLong()).isEqualTo(written.blockNumber());
    assertThat(entryCount(v)).isEqualTo(1);
  }

  @Test
  void the_same_key_with_another_body_is_422_and_changes_nothing() {
    String v = ItData.id("idem");
    register("reg-" + v, v);
    String key = ItData.id("k");
    API.call(
        post("platform", "/v1/earnings", ItData.earning(v, "act-one", "1.00"))
            .key(ops)
            .idempotencyKey(key));
    Response other =
        API.call(
            post("platform", "/v1/earnings", ItData.earning(v, "act-two", "1.00"))
                .key(ops)
                .idempotencyKey(key));

    assertThat(other.status()).isEqualTo(422);
    assertThat(other.code()).isEqualTo("IDEMPOTENCY_CONFLICT");
    assertThat(entryCount(v)).isEqualTo(1);
  }

  @Test
  void keys_are_scoped_per_caller() {
    String key = ItData.id("shared");
    String v = ItData.id("scope");
    Response ops1 = register(key, v);
    Response reader =
        API.call(
            post("platform", "/v1/volunteers", ItData.register(v))
                .key(API.key("platform-reader"))
                .idempotencyKey(key));

    assertThat(ops1.json().path("requestId").asText()).isEqualTo("platform-ops." + key);
    assertThat(reader.status()).as("another caller's key is not a replay").isEqualTo(403);
  }

  @Test
  void concurrent_sends_of_one_key_write_once() throws Exception {
    String v = ItData.id("conc");
    register("reg-" + v, v);
    String key = ItData.id("k");
    String body = ItData.earning(v, ItData.id("act"), "1.00");
    int senders = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    List<Future<Response>> futures = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      Callable<Response> send =
          () -> {
            start.await();
            return API.call(post("platform", "/v1/earnings", body).key(ops).idempotencyKey(key));
          };
      futures.add(pool.submit(send));
    }
    start.countDown();
    List<Response> responses = new ArrayList<>();
    for (Future<Response> future : futures) {
      responses.add(future.get());
    }
    pool.shutdown();

    assertThat(responses).allSatisfy(r -> assertThat(r.status()).isIn(201, 409));
    assertThat(responses)
        .filteredOn(r -> r.status() == 409)
        .allSatisfy(r -> assertThat(r.code()).isEqualTo("IDEMPOTENCY_KEY_IN_FLIGHT"));
    assertThat(
            responses.stream()
                .filter(r -> r.status() == 201)
                .map(r -> r.json().path("transactionId").asText())
                .distinct())
        .hasSize(1);
    assertThat(entryCount(v)).isEqualTo(1);
  }
}
