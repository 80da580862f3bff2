package io.timecoin.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.timecoin.client.RawChaincode.Outcome;
import io.timecoin.model.ErrorCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coin ledger's transactions on the real network, spoken in the chaincode's own wire format
 * (names and JSON) through each org's gateway: every transaction, the access rules across the three
 * orgs, idempotency under concurrency, and a table of bad inputs that must each be refused with
 * their code and change nothing.
 */
class CoinLedgerIT {

  private static final String EVIDENCE =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static RawChaincode platform;
  private static RawChaincode insurer;
  private static RawChaincode auditor;

  @BeforeAll
  static void connect() {
    platform = RawChaincode.as("platform");
    insurer = RawChaincode.as("insurer");
    auditor = RawChaincode.as("auditor");
  }

  @AfterAll
  static void close() {
    Stream.of(platform, insurer, auditor).filter(c -> c != null).forEach(RawChaincode::close);
  }

  @Test
  void network_up_leaves_an_earning_policy_in_force() {
    JsonNode policy = auditor.evaluate("GetEarningPolicy", "").json();

    assertThat(policy.get("version").asLong()).isPositive();
    assertThat(policy.get("maxCoinsPerActivity").asText()).matches("\\d+\\.\\d{2}");
    assertThat(policy.get("utcOffset").asText()).matches("[+-]\\d{2}:\\d{2}");
  }

  @Test
  void coins_are_earned_paid_for_help_transferred_and_reversed() {
    String alice = registered();
    String bob = registered();

    JsonNode earned =
        ok(platform.submitJson("RecordEarning", earning(alice, "soup-kitchen", "5.00")));
    JsonNode paid =
        ok(
            platform.submitJson(
                "PayForHelp",
                obj(
                    "requestId",
                    requestId(),
                    "requesterId",
                    alice,
                    "helperId",
                    bob,
                    "coins",
                    "2.00",
                    "helpRequestId",
                    "help-" + shortId(),
                    "memo",
                    null)));
    JsonNode gift =
        ok(
            platform.submitJson(
                "Transfer",
                obj(
                    "requestId",
                    requestId(),
                    "fromId",
                    bob,
                    "toId",
                    alice,
                    "coins",
                    "0.50",
                    "memo",
                    "thanks")));

    assertThat(earned.get("type").asText()).isEqualTo("EARN");
    assertThat(earned.get("balanceAfter").asText()).isEqualTo("5.00");
    assertThat(paid.get("entries")).hasSize(2);
    assertThat(amounts(paid)).containsExactly("-2.00", "2.00");
    assertThat(amounts(gift)).containsExactly("-0.50", "0.50");
    assertThat(balance(alice)).isEqualTo("3.50");
    assertThat(balance(bob)).isEqualTo("1.50");

    String giftEntry = gift.get("entries").get(1).get("entryId").asText();
    JsonNode reversal =
        ok(
            platform.submitJson(
                "ReverseEntry",
                obj("requestId", requestId(), "entryId", giftEntry, "reason", "sent by mistake")));

    assertThat(reversal.get("entries")).hasSize(2);
    assertThat(reversal.get("entries").findValuesAsText("type")).containsOnly("REVERSAL");
    assertThat(balance(alice)).isEqualTo("3.00");
    assertThat(balance(bob)).isEqualTo("2.00");
    assertThat(
            platform
                .submitJson(
                    "ReverseEntry",
                    obj("requestId", requestId(), "entryId", giftEntry, "reason", "again"))
                .code())
        .isEqualTo(ErrorCode.ENTRY_ALREADY_REVERSED);
  }

  @Test
  void entries_are_listed_by_sequence_and_by_time_in_pages() {
    String volunteer = registered();
    List<String> activities = List.of("a-1", "a-2", "a-3");
    for (String activity : activities) {
      ok(platform.submitJson("RecordEarning", earning(volunteer, activity, "1.00")));
    }

    JsonNode first =
        auditor.evaluateJson("ListEntries", obj("volunteerId", volunteer, "pageSize", 2)).json();
    JsonNode second =
        auditor
            .evaluateJson(
                "ListEntries",
                obj(
                    "volunteerId",
                    volunteer,
                    "pageSize",
                    2,
                    "bookmark",
                    first.get("bookmark").asText()))
            .json();

    assertThat(first.get("entries").findValuesAsText("activityId")).containsExactly("a-1", "a-2");
    assertThat(second.get("entries").findValuesAsText("activityId")).containsExactly("a-3");
    assertThat(second.get("bookmark").asText()).isEmpty();

    JsonNode entry = first.get("entries").get(0);
    String recordedAt = entry.get("recordedAt").asText();
    JsonNode byTime =
        insurer
            .evaluateJson(
                "ListEntries",
                obj(
                    "volunteerId",
                    volunteer,
                    "fromTime",
                    recordedAt,
                    "toTime",
                    "2999-01-01T00:00:00Z",
                    "pageSize",
                    200))
            .json();
    assertThat(byTime.get("entries")).hasSize(3);

    JsonNode byId = auditor.evaluate("GetEntry", entry.get("entryId").asText()).json();
    assertThat(byId).isEqualTo(entry);
    // requestIds are scoped per organisation; the auditor names the platform's.
    JsonNode request =
        auditor.evaluate("GetRequest", "PlatformMSP/" + entry.get("requestId").asText()).json();
    assertThat(request.get("function").asText()).isEqualTo("RecordEarning");
    assertThat(request.get("txId").asText()).isEqualTo(entry.get("txId").asText());
  }

  @Test
  void frozen_account_neither_earns_nor_pays_and_can_be_reactivated() {
    String volunteer = registered();
    ok(platform.submitJson("RecordEarning", earning(volunteer, "first", "1.00")));
    ok(platform.submitJson("SetAccountStatus", status(volunteer, "FROZEN")));

    assertThat(platform.submitJson("RecordEarning", earning(volunteer, "second", "1.00")).code())
        .isEqualTo(ErrorCode.ACCOUNT_NOT_ACTIVE);
    assertThat(
            platform
                .submitJson(
                    "Transfer",
                    obj(
                        "requestId",
                        requestId(),
                        "fromId",
                        volunteer,
                        "toId",
                        registered(),
                        "coins",
                        "0.10",
                        "memo",
                        null))
                .code())
        .isEqualTo(ErrorCode.ACCOUNT_NOT_ACTIVE);

    ok(platform.submitJson("SetAccountStatus", status(volunteer, "ACTIVE")));
    ok(platform.submitJson("RecordEarning", earning(volunteer, "third", "1.00")));
    assertThat(balance(volunteer)).isEqualTo("2.00");
  }

  @Test
  void earning_policy_limits_each_activity_and_each_day_and_keeps_every_version() {
    JsonNode current = auditor.evaluate("GetEarningPolicy", "").json();
    String max = current.get("maxCoinsPerActivity").asText();
    String volunteer = registered();

    Outcome overMax =
        platform.submitJson("RecordEarning", earning(volunteer, "too-much", plusCent(max)));
    assertThat(overMax.code()).isEqualTo(ErrorCode.ACTIVITY_LIMIT_EXCEEDED);

    JsonNode next =
        ok(
            platform.submitJson(
                "SetEarningPolicy",
                obj(
                    "requestId", requestId(),
                    "maxCoinsPerActivity", max,
                    "dailyCapCoins", current.get("dailyCapCoins").asText(),
                    "utcOffset", current.get("utcOffset").asText())));
    assertThat(next.get("version").asLong()).isGreaterThan(current.get("version").asLong());
    JsonNode earlier = auditor.evaluate("GetEarningPolicy", current.get("version").asText()).json();
    assertThat(earlier.get("txId").asText()).isEqualTo(current.get("txId").asText());
  }

  @Test
  void auditor_reads_key_history_and_nobody_else_does() {
    String volunteer = registered();
    ok(platform.submitJson("RecordEarning", earning(volunteer, "history", "1.00")));
    Map<String, Object> query = obj("kind", "account", "id", volunteer);

    JsonNode history = auditor.evaluateJson("GetKeyHistory", query).json();

    assertThat(history.get("modifications")).hasSize(2);
    assertThat(insurer.evaluateJson("GetKeyHistory", query).code())
        .isEqualTo(ErrorCode.ACCESS_DENIED);
    assertThat(platform.evaluateJson("GetKeyHistory", query).code())
        .isEqualTo(ErrorCode.ACCESS_DENIED);
  }

  @Test
  void insurer_and_auditor_are_refused_every_write() {
    String volunteer = registered();
    ok(platform.submitJson("RecordEarning", earning(volunteer, "acl", "2.00")));
    String other = registered();
    List<Map.Entry<String, Map<String, Object>>> writes =
        List.of(
            Map.entry("RegisterVolunteer", obj("requestId", requestId(), "volunteerId", newId())),
            Map.entry("SetAccountStatus", status(volunteer, "FROZEN")),
            Map.entry("RecordEarning", earning(volunteer, "acl-2", "1.00")),
            Map.entry(
                "PayForHelp",
                obj(
                    "requestId",
                    requestId(),
                    "requesterId",
                    volunteer,
                    "helperId",
                    other,
                    "coins",
                    "1.00",
                    "helpRequestId",
                    "h-1",
                    "memo",
                    null)),
            Map.entry(
                "Transfer",
                obj(
                    "requestId",
                    requestId(),
                    "fromId",
                    volunteer,
                    "toId",
                    other,
                    "coins",
                    "1.00",
                    "memo",
                    null)),
            Map.entry(
                "SetEarningPolicy",
                obj(
                    "requestId", requestId(),
                    "maxCoinsPerActivity", "1.00",
                    "dailyCapCoins", "1.00",
                    "utcOffset", "+00:00")));

    for (RawChaincode reader : List.of(insurer, auditor)) {
      for (var write : writes) {
        assertThat(reader.submitJson(write.getKey(), write.getValue()).code())
            .as("%s by a reader org", write.getKey())
            .isEqualTo(ErrorCode.ACCESS_DENIED);
      }
    }
    assertThat(balance(volunteer)).isEqualTo("2.00");
    assertThat(balance(other)).isEqualTo("0.00");
  }

  @Test
  void concurrent_writes_under_one_request_id_credit_exactly_once() throws Exception {
    String volunteer = registered();
    String shared = requestId();
    List<Callable<Outcome>> writers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String activity = "race-" + i;
      writers.add(
          () -> platform.submitJson("RecordEarning", earning(shared, volunteer, activity, "1.00")));
    }

    List<Outcome> outcomes = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(writers.size());
    try {
      for (Future<Outcome> future : pool.invokeAll(writers)) {
        outcomes.add(future.get());
      }
    } finally {
      pool.shutdownNow();
    }

    // The submits waited for the commit on the platform's peer; the auditor's may be a block
    // behind, so wait until it has the request before reading the account there.
    long deadline = System.nanoTime() + java.time.Duration.ofSeconds(15).toNanos();
    while (auditor.evaluate("GetRequest", "PlatformMSP/" + shared).code() != null
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    JsonNode account = auditor.evaluate("GetAccount", volunteer).json();
    assertThat(account.get("entryCount").asLong()).isEqualTo(1);
    assertThat(account.get("balance").asText()).isEqualTo("1.00");
    String winner =
        auditor.evaluate("GetRequest", "PlatformMSP/" + shared).json().get("txId").asText();
    for (Outcome outcome : outcomes) {
      // The others either conflicted at commit, met the winner's record at endorsement, or
      // were replayed against it; none wrote.
      if (outcome.result() != null && winner.equals(outcome.transactionId())) {
        continue;
      }
      assertThat(
              outcome.invalidAs() != null
                  || outcome.code() == ErrorCode.IDEMPOTENCY_CONFLICT
                  || outcome.result() != null)
          .as("outcome %s", outcome)
          .isTrue();
    }
  }

  // Called after @BeforeAll, so the rows can name a registered account: a refusal must then be
  // about the input, not about a missing account.
  static Stream<Arguments> badInputs() {
    String ok = registered();
    return Stream.of(
        bad("zero coins", "RecordEarning", earning(ok, "z", "0"), ErrorCode.INVALID_AMOUNT),
        bad("negative coins", "RecordEarning", earning(ok, "n", "-1.00"), ErrorCode.INVALID_AMOUNT),
        bad(
            "overflowing coins",
            "RecordEarning",
            earning(ok, "o", "92233720368547758.08"),
            ErrorCode.INVALID_AMOUNT),
        bad("three decimals", "RecordEarning", earning(ok, "d", "1.005"), ErrorCode.INVALID_AMOUNT),
        bad("exponent", "RecordEarning", earning(ok, "e", "1e2"), ErrorCode.INVALID_AMOUNT),
        bad(
            "non-ASCII digits",
            "RecordEarning",
            earning(ok, "u", "\u0661\u0662"),
            ErrorCode.INVALID_AMOUNT),
        bad(
            "empty volunteer id",
            "RegisterVolunteer",
            obj("requestId", requestId(), "volunteerId", ""),
            ErrorCode.INVALID_VOLUNTEER_ID),
        bad(
            "oversized volunteer id",
            "RegisterVolunteer",
            obj("requestId", requestId(), "volunteerId", "v".repeat(65)),
            ErrorCode.INVALID_VOLUNTEER_ID),
        bad(
            "odd characters in volunteer id",
            "RegisterVolunteer",
            obj("requestId", requestId(), "volunteerId", "../etc/passwd"),
            ErrorCode.INVALID_VOLUNTEER_ID),
        bad(
            "oversized request id",
            "RegisterVolunteer",
            obj("requestId", "r".repeat(129), "volunteerId", newId()),
            ErrorCode.INVALID_REQUEST_ID),
        bad(
            "unknown field",
            "RegisterVolunteer",
            obj("requestId", requestId(), "volunteerId", newId(), "name", "Jane"),
            ErrorCode.MALFORMED_REQUEST),
        bad(
            "transfer to oneself",
            "Transfer",
            obj("requestId", requestId(), "fromId", ok, "toId", ok, "coins", "1.00", "memo", null),
            ErrorCode.SAME_ACCOUNT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void bad_input_is_refused_with_its_code_and_changes_nothing(
      String description, String function, Map<String, Object> request, ErrorCode expected) {
    JsonNode before = ledgerTotalsOf(request);

    Outcome outcome = platform.submitJson(function, request);

    assertThat(outcome.code()).isEqualTo(expected);
    assertThat(ledgerTotalsOf(request)).isEqualTo(before);
    Object requestId = request.get("requestId");
    if (requestId instanceof String id && id.length() <= 128) {
      assertThat(auditor.evaluate("GetRequest", "PlatformMSP/" + id).code())
          .isEqualTo(ErrorCode.REQUEST_NOT_FOUND);
    }
  }

  @Test
  void a_query_sent_as_a_submit_is_committed_but_writes_nothing() {
    String volunteer = registered();
    ok(platform.submitJson("RecordEarning", earning(volunteer, "query-as-submit", "1.00")));
    JsonNode before = auditor.evaluate("GetAccount", volunteer).json();
    int historyBefore =
        auditor
            .evaluateJson("GetKeyHistory", obj("kind", "account", "id", volunteer))
            .json()
            .get("modifications")
            .size();

    Outcome submitted = platform.submit("GetAccount", volunteer);

    assertThat(submitted.json()).isEqualTo(before);
    assertThat(submitted.transactionId()).isNotBlank();
    assertThat(auditor.evaluate("GetAccount", volunteer).json()).isEqualTo(before);
    assertThat(
            auditor
                .evaluateJson("GetKeyHistory", obj("kind", "account", "id", volunteer))
                .json()
                .get("modifications"))
        .hasSize(historyBefore);
  }

  @Test
  void malformed_calls_are_refused_with_their_code() {
    String volunteer = registered();
    JsonNode before = auditor.evaluate("GetAccount", volunteer).json();

    assertThat(platform.submit("RecordEarning", "{").code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    assertThat(platform.submit("RecordEarning", "{}", "{}").code())
        .isEqualTo(ErrorCode.MALFORMED_REQUEST);
    assertThat(platform.submit("RecordEarning").code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    assertThat(platform.evaluate("GetAccount").code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
    assertThat(platform.submit("NoSuchFunction", "{}").code())
        .isEqualTo(ErrorCode.UNKNOWN_FUNCTION);
    assertThat(
            auditor
                .evaluateJson("ListEntries", obj("volunteerId", volunteer, "pageSize", 201))
                .code())
        .isEqualTo(ErrorCode.INVALID_PAGE);
    assertThat(
            auditor
                .evaluateJson(
                    "ListEntries",
                    obj("volunteerId", volunteer, "pageSize", 10, "bookmark", "not-ours"))
                .code())
        .isEqualTo(ErrorCode.INVALID_PAGE);

    assertThat(auditor.evaluate("GetAccount", volunteer).json()).isEqualTo(before);
  }

  // --- helpers -------------------------------------------------------------------------------

  private static JsonNode ok(Outcome outcome) {
    return outcome.json();
  }

  private static String registered() {
    String volunteer = newId();
    ok(
        platform.submitJson(
            "RegisterVolunteer", obj("requestId", requestId(), "volunteerId", volunteer)));
    return volunteer;
  }

  private static String balance(String volunteer) {
    return auditor.evaluate("GetAccount", volunteer).json().get("balance").asText();
  }

  /** The account the request names, if it exists, as the auditor reads it; else null. */
  private static JsonNode ledgerTotalsOf(Map<String, Object> request) {
    Object volunteer = request.getOrDefault("volunteerId", request.get("fromId"));
    if (!(volunteer instanceof String id)) {
      return null;
    }
    Outcome account = auditor.evaluate("GetAccount", id);
    return account.refused() ? null : account.json();
  }

  private static List<String> amounts(JsonNode movement) {
    return movement.get("entries").findValuesAsText("amount");
  }

  private static String plusCent(String coins) {
    return new BigDecimal(coins).add(new BigDecimal("0.01")).toPlainString();
  }

  private static Map<String, Object> earning(String volunteer, String activity, String coins) {
    return earning(requestId(), volunteer, activity, coins);
  }

  private static Map<String, Object> earning(
      String requestId, String volunteer, String activity, String coins) {
    return obj(
        "requestId", requestId,
        "volunteerId", volunteer,
        "activityId", activity,
        "minutes", 60,
        "coins", coins,
        "verifier", "branch-7",
        "evidenceHash", EVIDENCE,
        "category", "community");
  }

  private static Map<String, Object> status(String volunteer, String status) {
    return obj(
        "requestId",
        requestId(),
        "volunteerId",
        volunteer,
        "status",
        status,
        "reason",
        "review by the platform");
  }

  private static Arguments bad(
      String description, String function, Map<String, Object> request, ErrorCode expected) {
    return Arguments.of(description, function, request, expected);
  }

  private static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static String newId() {
    return "it-" + UUID.randomUUID().toString().replace("-", "");
  }

  private static String shortId() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String requestId() {
    return "it-req:" + UUID.randomUUID();
  }
}
