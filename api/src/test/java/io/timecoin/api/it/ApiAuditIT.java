package io.timecoin.api.it;

import static io.timecoin.api.it.ApiClient.get;
import static io.timecoin.api.it.ApiClient.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.timecoin.api.it.ApiClient.Response;
import io.timecoin.model.CoinAmount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The auditor's questions on the real network: writes go through the platform's API, the auditor's
 * projector (started by {@code scripts/network up}) puts them into the auditor's real PostgreSQL,
 * and the auditor's API answers from there. Every JSON answer is checked against the OpenAPI
 * document by {@link ApiClient}.
 */
class ApiAuditIT {

  private static final ApiClient API = new ApiClient();

  /**
   * A branch of this run only, whose verifier makes exactly this test's earnings, so that sums and
   * filters see them alone.
   */
  private static final String VERIFIER = "aud-" + ItData.RUN;

  private static final String A = ItData.id("aud-a");
  private static final String B = ItData.id("aud-b");
  private static String ops;
  private static String auditor;
  private static Instant started;

  /** The three earnings, in order: A 1.50, A 2.25, B 0.75. */
  private static final List<JsonNode> EARNINGS = new ArrayList<>();

  private static JsonNode reversal;
  private static String voucherId;
  private static String claimId;
  private static long lastBlock;

  @BeforeAll
  static void earnReverseAndWaitForTheProjection() throws Exception {
    ops = API.key("platform-ops");
    auditor = API.key("auditor");
    started = Instant.now().minusSeconds(5);
    for (String volunteer : List.of(A, B)) {
      Response registered =
          API.call(
              post("platform", "/v1/volunteers", ItData.register(volunteer))
                  .key(ops)
                  .idempotencyKey("reg-" + volunteer));
      assertThat(registered.status()).as(registered.body()).isEqualTo(201);
    }
    EARNINGS.add(earn(A, "1.50", "environment"));
    EARNINGS.add(earn(A, "2.25", "care"));
    EARNINGS.add(earn(B, "0.75", "environment"));
    Response reversed =
        API.call(
            post(
                    "platform",
                    "/v1/reversals",
                    "{\"entryId\":\""
                        + EARNINGS.get(2).at("/result/entryId").asText()
                        + "\",\"reason\":\"activity did not take place\"}")
                .key(ops)
                .idempotencyKey(ItData.id("rev")));
    assertThat(reversed.status()).as(reversed.body()).isEqualTo(201);
    reversal = reversed.json();
    lastBlock = Math.max(reversal.path("blockNumber").asLong(), voucherAndRejectedClaim());
    waitForProjection(lastBlock);
  }

  /** A's voucher (2.00 of A's 3.75 coins) and a claim on it that the insurer rejects. */
  private static long voucherAndRejectedClaim() {
    String insurer = API.key("insurer-staff");
    String product = ItData.id("aud-prd");
    Response defined =
        API.call(
            post("insurer", "/v1/voucher-products", ItInsurance.product(product, "2.00", "500.00"))
                .key(insurer)
                .idempotencyKey("def-" + product));
    assertThat(defined.status()).as(defined.body()).isEqualTo(201);
    ItInsurance.awaitVisible(
        API, "platform", ops, "/v1/voucher-products/{code}", "/v1/voucher-products/" + product);
    Response bought =
        API.call(
            post(
                    "platform",
                    "/v1/vouchers",
                    "{\"volunteerId\":\"" + A + "\",\"productCode\":\"" + product + "\"}")
                .key(ops)
                .idempotencyKey("buy-" + product));
    assertThat(bought.status()).as(bought.body()).isEqualTo(201);
    voucherId = bought.json().at("/result/voucher/voucherId").asText();
    String activity = ItData.id("aud-acc");
    Response filed =
        API.call(
            post(
                    "platform",
                    "/v1/claims",
                    ItInsurance.claim(A, voucherId, ItInsurance.incidentNow(), "100.00", activity))
                .key(ops)
                .idempotencyKey(activity));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    claimId = filed.json().at("/result/claimId").asText();
    ItInsurance.awaitVisible(
        API, "insurer", insurer, "/v1/claims/{claimId}", "/v1/claims/" + claimId);
    Response rejected =
        API.call(
            new ApiClient.Call(
                    "insurer",
                    "POST",
                    "/v1/claims/{claimId}/decision",
                    "/v1/claims/" + claimId + "/decision")
                .body("{\"decision\":\"REJECTED\",\"reason\":\"not a covered activity\"}")
                .key(insurer)
                .idempotencyKey("dec-" + activity));
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
    return rejected.json().path("blockNumber").asLong();
  }

  /** The entry a write made: an earning's result is the entry, a reversal's a movement. */
  private static String entryIdOf(JsonNode write) {
    JsonNode result = write.path("result");
    return result.has("entries")
        ? result.path("entries").get(0).path("entryId").asText()
        : result.path("entryId").asText();
  }

  private static JsonNode earn(String volunteerId, String coins, String category) {
    return ItVerifiers.earn(VERIFIER, volunteerId, coins, category);
  }

  /** The projector follows the auditor's peer live; its answers catch up within seconds. */
  private static void waitForProjection(long block) throws InterruptedException {
    long deadline = System.nanoTime() + 90_000_000_000L;
    long current = -1;
    while (System.nanoTime() < deadline) {
      Response status =
          API.call(get("auditor", "/v1/audit/status", "/v1/audit/status").key(auditor));
      assertThat(status.status()).as(status.body()).isEqualTo(200);
      current = status.json().path("currentToBlock").asLong();
      if (current >= block) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the projection stayed at block " + current + ", not " + block);
  }

  private static Response audit(String template, String path) {
    Response response = API.call(get("auditor", template, path).key(auditor));
    assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
    assertThat(response.json().path("currentToBlock").asLong()).isGreaterThanOrEqualTo(lastBlock);
    return response;
  }

  private static String range() {
    return "from=" + started + "&to=" + Instant.now().plusSeconds(60);
  }

  @Test
  void a_known_earning_is_found_by_verifier_type_category_time_and_amount() {
    Response all =
        audit(
            "/v1/audit/entries",
            "/v1/audit/entries?verifier=" + VERIFIER + "&type=EARN&" + range());
    assertThat(all.json().path("items").findValuesAsText("entryId"))
        .containsExactly(
            EARNINGS.stream().map(e -> e.at("/result/entryId").asText()).toArray(String[]::new));
    JsonNode first = all.json().path("items").get(0);
    assertThat(first.path("volunteerId").asText()).isEqualTo(A);
    assertThat(first.path("amount").asText()).isEqualTo("1.50");
    assertThat(first.path("verifier").asText()).isEqualTo(VERIFIER);
    assertThat(first.path("txId").asText())
        .isEqualTo(EARNINGS.get(0).path("transactionId").asText());
    assertThat(first.path("blockNumber").asLong())
        .isEqualTo(EARNINGS.get(0).path("blockNumber").asLong());

    Response care =
        audit(
            "/v1/audit/entries",
            "/v1/audit/entries?verifier=" + VERIFIER + "&category=care&" + range());
    assertThat(care.json().path("items").findValuesAsText("amount")).containsExactly("2.25");

    Response large =
        audit(
            "/v1/audit/entries",
            "/v1/audit/entries?verifier=" + VERIFIER + "&minAmount=1&maxAmount=2");
    assertThat(large.json().path("items").findValuesAsText("amount")).containsExactly("1.50");

    Response before =
        audit("/v1/audit/entries", "/v1/audit/entries?verifier=" + VERIFIER + "&to=" + started);
    assertThat(before.json().path("items").size()).isZero();
  }

  @Test
  void pages_follow_the_cursor_without_gaps_or_repeats() {
    List<String> seen = new ArrayList<>();
    String path = "/v1/audit/entries?verifier=" + VERIFIER + "&pageSize=2";
    Response page = audit("/v1/audit/entries", path);
    seen.addAll(page.json().path("items").findValuesAsText("entryId"));
    String cursor = page.json().path("nextCursor").asText();
    assertThat(cursor).isNotEmpty();
    Response next = audit("/v1/audit/entries", path + "&cursor=" + cursor);
    seen.addAll(next.json().path("items").findValuesAsText("entryId"));
    assertThat(next.json().has("nextCursor")).isFalse();
    assertThat(seen)
        .containsExactly(
            EARNINGS.stream().map(e -> e.at("/result/entryId").asText()).toArray(String[]::new));
  }

  @Test
  void the_daily_mint_sums_match_the_earnings_and_the_reversal() {
    Map<String, Long> mintedPerDay = new TreeMap<>();
    for (JsonNode earning : EARNINGS) {
      String day =
          Instant.parse(earning.at("/result/recordedAt").asText())
              .atOffset(ZoneOffset.UTC)
              .toLocalDate()
              .toString();
      mintedPerDay.merge(day, units(earning.at("/result/amount").asText()), Long::sum);
    }
    String fromDay = mintedPerDay.keySet().iterator().next();
    String toDay = LocalDate.parse(fromDay).plusDays(1).toString();
    Response mint =
        audit(
            "/v1/audit/minted-per-day",
            "/v1/audit/minted-per-day?fromDay=" + fromDay + "&toDay=" + toDay);
    long earnings = 0;
    long minted = 0;
    long reversed = 0;
    for (JsonNode row : mint.json().path("items")) {
      if (row.path("verifier").asText().equals(VERIFIER)) {
        assertThat(mintedPerDay).containsKey(row.path("day").asText());
        assertThat(units(row.path("minted").asText()))
            .isEqualTo(mintedPerDay.get(row.path("day").asText()));
        earnings += row.path("earnings").asLong();
        minted += units(row.path("minted").asText());
        reversed += units(row.path("reversed").asText());
      }
    }
    assertThat(earnings).isEqualTo(3);
    assertThat(minted).isEqualTo(450);
    assertThat(reversed).as("B's 0.75 was reversed").isEqualTo(75);
    assertThat(mint.json().path("offset").asText()).isEqualTo("+00:00");
  }

  @Test
  void an_account_history_names_the_block_and_transaction_of_each_entry() {
    Response history =
        audit("/v1/audit/accounts/{volunteerId}/entries", "/v1/audit/accounts/" + B + "/entries");
    JsonNode items = history.json().path("items");
    assertThat(items.size()).isEqualTo(2);
    List<JsonNode> writes = List.of(EARNINGS.get(2), reversal);
    for (int i = 0; i < 2; i++) {
      assertThat(items.get(i).path("sequence").asLong()).isEqualTo(i + 1);
      assertThat(items.get(i).path("entryId").asText()).isEqualTo(entryIdOf(writes.get(i)));
      assertThat(items.get(i).path("txId").asText())
          .isEqualTo(writes.get(i).path("transactionId").asText());
      assertThat(items.get(i).path("blockNumber").asLong())
          .isEqualTo(writes.get(i).path("blockNumber").asLong());
    }
    assertThat(items.get(1).path("type").asText()).isEqualTo("REVERSAL");
    assertThat(items.get(1).path("balanceAfter").asText()).isEqualTo("0.00");

    Response reversals =
        audit("/v1/audit/reversals", "/v1/audit/reversals?" + range() + "&pageSize=500");
    assertThat(reversals.json().path("items").findValuesAsText("entryId"))
        .contains(entryIdOf(reversal));

    Response missing =
        API.call(
            get(
                    "auditor",
                    "/v1/audit/accounts/{volunteerId}/entries",
                    "/v1/audit/accounts/" + ItData.id("nobody") + "/entries")
                .key(auditor));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("VOLUNTEER_NOT_FOUND");
  }

  @Test
  void the_status_says_how_far_the_projection_is() {
    JsonNode status = audit("/v1/audit/status", "/v1/audit/status").json();
    assertThat(status.path("height").asLong())
        .isEqualTo(status.path("currentToBlock").asLong() + 1);
    assertThat(Instant.parse(status.path("lastBlockTime").asText())).isAfter(started);
    assertThat(Instant.parse(status.path("projectedAt").asText())).isAfter(started);
  }

  @Test
  void vouchers_and_claims_filter_by_status_and_decision() {
    JsonNode active =
        audit("/v1/audit/vouchers", "/v1/audit/vouchers?status=ACTIVE&pageSize=500").json();
    assertThat(active.path("items").findValuesAsText("status")).containsOnly("ACTIVE");
    assertThat(active.path("items").findValuesAsText("voucherId")).contains(voucherId);
    JsonNode laterExpired =
        audit(
                "/v1/audit/vouchers",
                "/v1/audit/vouchers?status=EXPIRED&pageSize=500&asOf="
                    + Instant.now().plusSeconds(400L * 24 * 3600))
            .json();
    assertThat(laterExpired.path("items").findValuesAsText("voucherId"))
        .as("a 30-day voucher has expired a year from now")
        .contains(voucherId);

    JsonNode rejected =
        audit("/v1/audit/claims", "/v1/audit/claims?decision=REJECTED&pageSize=500").json();
    assertThat(rejected.path("items").findValuesAsText("status")).containsOnly("REJECTED");
    JsonNode mine = null;
    for (JsonNode claim : rejected.path("items")) {
      if (claim.path("claimId").asText().equals(claimId)) {
        mine = claim;
      }
    }
    assertThat(mine).as("the rejected claim is listed").isNotNull();
    assertThat(mine.path("decision").asText()).isEqualTo("REJECTED");
    assertThat(mine.path("voucherId").asText()).isEqualTo(voucherId);
    assertThat(mine.path("amountClaimed").asText()).isEqualTo("100.00");
    assertThat(mine.toString()).doesNotContain(ItInsurance.SECRET_DESCRIPTION);

    JsonNode filed = audit("/v1/audit/claims", "/v1/audit/claims?status=FILED&pageSize=500").json();
    assertThat(filed.path("items").findValuesAsText("claimId")).doesNotContain(claimId);
    JsonNode approved =
        audit("/v1/audit/claims", "/v1/audit/claims?decision=APPROVED&pageSize=500").json();
    assertThat(approved.path("items").findValuesAsText("claimId")).doesNotContain(claimId);
  }

  @Test
  void exports_carry_the_digest_trailer_and_the_block_they_are_current_to() throws Exception {
    String query = "/v1/audit/exports/entries?verifier=" + VERIFIER;
    RawResponse csv = RawResponse.get(API.base("auditor"), query + "&format=csv", auditor);
    assertThat(csv.status).as(csv.text()).isEqualTo(200);
    assertThat(csv.trailers.get("timecoin-content-sha256")).isEqualTo(RawResponse.sha256(csv.body));
    assertThat(Long.parseLong(csv.headers.get("timecoin-current-to-block")))
        .isGreaterThanOrEqualTo(lastBlock);
    String[] lines = csv.text().split("\r\n");
    assertThat(lines[0]).startsWith("entryId,volunteerId,sequence,leg,type,amount");
    assertThat(lines).hasSize(4);
    assertThat(lines[1]).contains("\"" + EARNINGS.get(0).at("/result/entryId").asText() + "\"");

    RawResponse ndjson = RawResponse.get(API.base("auditor"), query + "&format=ndjson", auditor);
    assertThat(ndjson.trailers.get("timecoin-content-sha256"))
        .isEqualTo(RawResponse.sha256(ndjson.body));
    List<String> entryIds = new ArrayList<>();
    for (String line : ndjson.text().split("\n")) {
      entryIds.add(ApiClient.JSON.readTree(line).path("entryId").asText());
    }
    assertThat(entryIds)
        .containsExactly(
            EARNINGS.stream().map(e -> e.at("/result/entryId").asText()).toArray(String[]::new));

    RawResponse history =
        RawResponse.get(
            API.base("auditor"),
            "/v1/audit/exports/accounts/" + B + "/entries?format=csv",
            auditor);
    assertThat(history.trailers.get("timecoin-content-sha256"))
        .isEqualTo(RawResponse.sha256(history.body));
    assertThat(history.text()).contains("\"'-0.75\"").contains("REVERSAL");

    RawResponse mint =
        RawResponse.get(
            API.base("auditor"),
            "/v1/audit/exports/minted-per-day?fromDay=2000-01-01&toDay=2000-01-02&format=csv",
            auditor);
    assertThat(mint.trailers.get("timecoin-content-sha256"))
        .isEqualTo(RawResponse.sha256(mint.body));
    assertThat(mint.text()).isEqualTo("day,verifier,earnings,minted,reversed\r\n");

    RawResponse bad = RawResponse.get(API.base("auditor"), query + "&format=xlsx", auditor);
    assertThat(bad.status).isEqualTo(400);
    assertThat(bad.trailers).isEmpty();
  }

  @Test
  void only_the_auditor_asks_and_bad_parameters_are_400() {
    String path = "/v1/audit/entries?verifier=" + VERIFIER;
    Response platform =
        API.call(get("platform", "/v1/audit/entries", path).key(API.key("platform-ops")));
    assertThat(platform.status()).isEqualTo(403);
    assertThat(platform.code()).isEqualTo("FORBIDDEN");
    Response reader =
        API.call(get("platform", "/v1/audit/entries", path).key(API.key("platform-reader")));
    assertThat(reader.status()).isEqualTo(403);
    Response insurer =
        API.call(get("insurer", "/v1/audit/entries", path).key(API.key("insurer-staff")));
    assertThat(insurer.status()).isEqualTo(403);
    Response volunteer = API.call(get("platform", "/v1/audit/entries", path).bearer(API.token(A)));
    assertThat(volunteer.status()).isEqualTo(403);
    Response foreignKey =
        API.call(get("auditor", "/v1/audit/entries", path).key(API.key("platform-ops")));
    assertThat(foreignKey.status()).as("another org's key is unknown here").isEqualTo(401);

    Map<String, String> bad =
        Map.of(
            "/v1/audit/entries?from=2026-11-30", "INVALID_QUERY",
            "/v1/audit/entries?pageSize=0", "INVALID_PAGE",
            "/v1/audit/entries?cursor=bm90LWEtY3Vyc29y", "INVALID_CURSOR",
            "/v1/audit/minted-per-day?fromDay=2026-11-30", "INVALID_QUERY",
            "/v1/audit/claims?status=OPEN", "INVALID_QUERY");
    bad.forEach(
        (badPath, code) -> {
          Response refused =
              API.call(
                  get("auditor", badPath.substring(0, badPath.indexOf('?')), badPath).key(auditor));
          assertThat(refused.status()).as(badPath).isEqualTo(400);
          assertThat(refused.code()).as(badPath).isEqualTo(code);
        });
  }

  @Test
  void the_auditor_api_reads_with_a_login_that_cannot_write() throws Exception {
    Path runDir = Path.of(System.getProperty("timecoin.it.runDir", "target/it-network"));
    String pid = Files.readString(runDir.resolve("pids/api-auditor.pid")).strip();
    String commandLine = Files.readString(Path.of("/proc", pid, "cmdline")).replace('\0', ' ');
    assertThat(commandLine).contains("--audit-db-user timecoin_reader");

    Properties db = new Properties();
    try (var reader = Files.newBufferedReader(runDir.resolve("auditdb/auditdb.properties"))) {
      db.load(reader);
    }
    String password =
        Files.readString(Path.of(db.getProperty("timecoin.auditdb.readerPasswordFile"))).strip();
    try (Connection connection =
            DriverManager.getConnection(
                db.getProperty("timecoin.auditdb.url"), "timecoin_reader", password);
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM entries")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(4);
      }
      statement.execute("SET TRANSACTION READ WRITE");
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM entries"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501", "25006"));
    }
  }

  private static long units(String amount) {
    return CoinAmount.parse(amount).units();
  }
}
