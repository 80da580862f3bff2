package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractRecordsTest {

  private static final CoinAmount ONE = CoinAmount.parse("1");
  private static final Recorder RECORDER = new Recorder("PlatformMSP", "a".repeat(64));

  @Test
  void earning_minutes_run_from_one_to_a_day() {
    assertCode(() -> earning(0, "c"), ErrorCode.INVALID_ARGUMENT, "minutes");
    assertCode(() -> earning(1441, "c"), ErrorCode.INVALID_ARGUMENT, "minutes");
    assertCode(() -> earning(null, "c"), ErrorCode.MALFORMED_REQUEST, "minutes is required");
    assertThat(earning(1, "c").minutes()).isEqualTo(1);
    assertThat(earning(1440, "c").minutes()).isEqualTo(1440);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Cleanup", "clean up", "a.b", "x123456789012345678901234567890123"})
  void categories_are_short_lower_case_tokens(String category) {
    assertCode(() -> earning(60, category), ErrorCode.INVALID_ARGUMENT, "category");
  }

  @Test
  void a_category_of_32_allowed_characters_is_accepted() {
    assertThat(earning(60, "a-b_c9".repeat(5) + "zz").category()).hasSize(32);
  }

  @Test
  void reasons_are_short_printable_and_required() {
    assertCode(() -> status(""), ErrorCode.INVALID_ARGUMENT, "reason");
    assertCode(() -> status("x".repeat(201)), ErrorCode.INVALID_ARGUMENT, "reason");
    assertCode(() -> status("line\nbreak"), ErrorCode.INVALID_ARGUMENT, "reason");
    assertCode(() -> status("\ud800"), ErrorCode.INVALID_ARGUMENT, "reason");
    assertCode(() -> status(null), ErrorCode.MALFORMED_REQUEST, "reason");
    assertThat(status("\ud83d\ude00".repeat(200)).reason()).isNotEmpty();
  }

  @Test
  void memos_are_optional_and_short() {
    assertThat(new TransferRequest("r", "a", "b", ONE, null).memo()).isNull();
    assertThat(new TransferRequest("r", "a", "b", ONE, "").memo()).isEmpty();
    assertCode(
        () -> new TransferRequest("r", "a", "b", ONE, "m".repeat(141)),
        ErrorCode.INVALID_ARGUMENT,
        "memo");
    assertCode(
        () -> new PayForHelpRequest("r", "a", "b", ONE, "h", "tab\t"),
        ErrorCode.INVALID_ARGUMENT,
        "memo");
  }

  @Test
  void payments_check_every_identifier() {
    assertCode(
        () -> new PayForHelpRequest("r", "a b", "b", ONE, "h", null),
        ErrorCode.INVALID_VOLUNTEER_ID,
        "volunteerId");
    assertCode(
        () -> new PayForHelpRequest("r", "a", "b", ONE, "h h", null),
        ErrorCode.INVALID_ARGUMENT,
        "helpRequestId");
    assertCode(
        () -> new ReverseEntryRequest("r", "tx 1", "wrong"), ErrorCode.INVALID_ARGUMENT, "entryId");
  }

  @Test
  void policy_limits_must_be_positive_and_ordered() {
    assertCode(
        () -> new SetEarningPolicyRequest("r", CoinAmount.ZERO, ONE, "+08:00"),
        ErrorCode.INVALID_ARGUMENT,
        "maxCoinsPerActivity");
    assertCode(
        () -> new SetEarningPolicyRequest("r", CoinAmount.parse("2"), ONE, "+08:00"),
        ErrorCode.INVALID_ARGUMENT,
        "dailyCapCoins");
    assertThat(new SetEarningPolicyRequest("r", ONE, ONE, "-03:30").utcOffset())
        .isEqualTo("-03:30");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Asia/Shanghai", "UTC", "Z", "+8", "+08", "+0800", "+14:01", "-12:30", "+08:60"})
  void utc_offsets_are_fixed_and_bounded(String offset) {
    assertCode(() -> UtcOffsets.seconds(offset), ErrorCode.INVALID_ARGUMENT, "utcOffset");
  }

  @Test
  void days_follow_the_offset() {
    Instant instant = Instant.parse("2024-05-01T20:00:00Z");

    assertThat(UtcOffsets.dayOf(instant, "+00:00")).isEqualTo("2024-05-01");
    assertThat(UtcOffsets.dayOf(instant, "+08:00")).isEqualTo("2024-05-02");
    assertThat(UtcOffsets.dayOf(Instant.parse("2024-05-01T03:00:00Z"), "-04:00"))
        .isEqualTo("2024-04-30");
    assertThat(UtcOffsets.seconds("+14:00")).isEqualTo(14 * 3600);
    assertThat(UtcOffsets.seconds("-12:00")).isEqualTo(-12 * 3600);
  }

  @Test
  void entry_listings_take_one_mode() {
    assertCode(
        () -> new ListEntriesRequest("v", 1L, "2024-01-01T00:00:00Z", null, 10, null),
        ErrorCode.INVALID_ARGUMENT,
        "not both");
    assertCode(
        () -> new ListEntriesRequest("v", null, "2024-01-01T00:00:00Z", null, 10, null),
        ErrorCode.INVALID_TIME_RANGE,
        "both");
    assertCode(
        () ->
            new ListEntriesRequest(
                "v", null, "2024-01-02T00:00:00Z", "2024-01-01T00:00:00Z", 10, null),
        ErrorCode.INVALID_TIME_RANGE,
        "before");
    assertCode(
        () -> new ListEntriesRequest("v", null, "yesterday", "2024-01-01T00:00:00Z", 10, null),
        ErrorCode.INVALID_ARGUMENT,
        "fromTime");
    assertCode(
        () -> new ListEntriesRequest("v", 0L, null, null, 10, null),
        ErrorCode.INVALID_ARGUMENT,
        "fromSequence");
    assertCode(
        () -> new ListEntriesRequest("v", null, null, null, 0, null),
        ErrorCode.INVALID_PAGE,
        "pageSize");
    assertCode(
        () -> new ListEntriesRequest("v", null, null, null, 201, null),
        ErrorCode.INVALID_PAGE,
        "pageSize");
    assertThat(new ListEntriesRequest("v", null, null, null, 200, null).firstSequence())
        .isEqualTo(1);
  }

  @Test
  void key_history_kinds_are_lower_case_words_and_ids_follow_the_kind() {
    KeyHistoryRequest request =
        LedgerJson.read("{\"kind\":\"policy\",\"id\":\"current\"}", KeyHistoryRequest.class);

    assertThat(request.kind()).isEqualTo(HistoryKind.POLICY);
    // Without a page size, the largest page; without a bookmark, the first one.
    assertThat(LedgerJson.write(request))
        .isEqualTo("{\"bookmark\":\"\",\"id\":\"current\",\"kind\":\"policy\",\"pageSize\":200}");
    assertCode(
        () -> LedgerJson.read("{\"kind\":\"vault\",\"id\":\"x\"}", KeyHistoryRequest.class),
        ErrorCode.INVALID_ARGUMENT,
        "kind");
    assertCode(
        () -> new KeyHistoryRequest(HistoryKind.POLICY, "01"),
        ErrorCode.INVALID_ARGUMENT,
        "version");
    assertCode(
        () -> new KeyHistoryRequest(HistoryKind.ACCOUNT, "a b"),
        ErrorCode.INVALID_VOLUNTEER_ID,
        "volunteerId");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "-1", "+1", "01", "1.0", "x", "9999999999999999999"})
  void policy_versions_are_positive_integers(String text) {
    assertCode(() -> PolicyVersions.parse(text), ErrorCode.INVALID_ARGUMENT, "version");
  }

  @Test
  void results_and_events_round_trip() {
    EntryView entry =
        new EntryView(
            "tx1:0",
            "vol-1",
            3,
            0,
            EntryType.HELP_PAYMENT,
            SignedCoinAmount.parse("-2.50"),
            CoinAmount.parse("1"),
            "vol-2",
            null,
            null,
            null,
            null,
            null,
            "help-9",
            null,
            "thanks",
            null,
            "req-1",
            "tx1",
            "2024-05-01T10:00:00Z",
            RECORDER);
    List<Object> values =
        List.of(
            new MovementView("tx1", List.of(entry)),
            new EntryPage(List.of(entry), ""),
            new EarningPolicyView(
                2, ONE, CoinAmount.parse("8"), "+08:00", "2024-05-01T10:00:00Z", RECORDER, "tx2"),
            new RequestView("req-1", "Transfer", "tx1", "2024-05-01T10:00:00Z", "{}"),
            new KeyHistoryView(
                HistoryKind.ACCOUNT,
                "vol-1",
                List.of(
                    new KeyHistoryView.Modification("tx1", "2024-05-01T10:00:00Z", false, "{}")),
                ""),
            new AccountStatusChangedEvent("vol-1", AccountStatus.FROZEN),
            new HelpPaidEvent("tx1", "a", "b", ONE, ONE, ONE),
            new CoinsTransferredEvent("tx1", "a", "b", ONE, ONE, ONE),
            new EntryReversedEvent(
                "tx2",
                "tx1",
                List.of(
                    new EntryReversedEvent.Leg(
                        "vol-1", "tx2:0", SignedCoinAmount.parse("2.50"), ONE))),
            new EarningPolicySetEvent(4),
            new ListEntriesRequest("vol-1", 3L, null, null, 10, "abc"),
            new SetAccountStatusRequest("r", "vol-1", AccountStatus.CLOSED, "left"),
            new ReverseEntryRequest("r", "tx1:0", "wrong amount"));

    for (Object value : values) {
      assertThat(LedgerJson.read(LedgerJson.write(value), value.getClass())).isEqualTo(value);
    }
    assertThat(LedgerJson.write(new EarningPolicySetEvent(4))).isEqualTo("{\"version\":4}");
  }

  private static RecordEarningRequest earning(Integer minutes, String category) {
    return new RecordEarningRequest(
        "r", "v", "a", minutes, ONE, "branch-7", "f".repeat(64), category);
  }

  private static SetAccountStatusRequest status(String reason) {
    return new SetAccountStatusRequest("r", "v", AccountStatus.FROZEN, reason);
  }

  private static void assertCode(ThrowingCallable call, ErrorCode code, String text) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LedgerValidationException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(text);
  }
}
