package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerJsonTest {

  private static final String HASH = "0123456789abcdef".repeat(4);

  private static RecordEarningRequest earning() {
    return new RecordEarningRequest(
        "req-1", "vol-1", "act-1", 90, CoinAmount.parse("12.5"), "branch-7", HASH, "cleanup");
  }

  private static AccountView account() {
    return new AccountView(
        "vol-1",
        AccountStatus.ACTIVE,
        CoinAmount.parse("3"),
        CoinAmount.parse("3"),
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        CoinAmount.ZERO,
        1,
        "2024-05-01T10:00:00Z");
  }

  @Test
  void writes_properties_sorted_by_name_without_whitespace() {
    assertThat(LedgerJson.write(earning()))
        .isEqualTo(
            "{\"activityId\":\"act-1\",\"category\":\"cleanup\",\"coins\":\"12.50\","
                + "\"evidenceHash\":\""
                + HASH
                + "\",\"minutes\":90,\"requestId\":\"req-1\",\"verifier\":\"branch-7\","
                + "\"volunteerId\":\"vol-1\"}");
  }

  @Test
  void writes_the_same_bytes_for_equal_values() {
    assertThat(LedgerJson.writeBytes(earning())).isEqualTo(LedgerJson.writeBytes(earning()));
    assertThat(LedgerJson.writeBytes(account()))
        .isEqualTo(LedgerJson.write(account()).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void orders_map_entries_by_key() {
    Map<String, Integer> map = new LinkedHashMap<>();
    map.put("b", 2);
    map.put("a", 1);
    map.put("c", 3);

    assertThat(LedgerJson.write(map)).isEqualTo("{\"a\":1,\"b\":2,\"c\":3}");
  }

  @Test
  void writes_amounts_as_strings_and_counters_as_integers() {
    assertThat(LedgerJson.write(account()))
        .contains("\"balance\":\"3.00\"")
        .contains("\"entryCount\":1")
        .startsWith("{\"balance\"");
  }

  @Test
  void reads_back_what_it_writes() {
    assertThat(LedgerJson.read(LedgerJson.write(earning()), RecordEarningRequest.class))
        .isEqualTo(earning());
    assertThat(LedgerJson.read(LedgerJson.writeBytes(account()), AccountView.class))
        .isEqualTo(account());
  }

  @Test
  void round_trips_an_entry_with_absent_references() {
    EntryView entry =
        new EntryView(
            "tx1:0",
            "vol-1",
            1,
            0,
            EntryType.ADJUSTMENT,
            SignedCoinAmount.parse("-1"),
            CoinAmount.parse("1"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "correction",
            "req-1",
            "tx1",
            "2024-05-01T10:00:00Z",
            new Recorder("PlatformMSP", HASH));

    assertThat(LedgerJson.read(LedgerJson.write(entry), EntryView.class)).isEqualTo(entry);
  }

  @Test
  void rejects_an_unknown_property_without_naming_it() {
    String json = LedgerJson.write(earning()).replace("{", "{\"fullName\":\"Li Si\",");

    assertThatThrownBy(() -> LedgerJson.read(json, RecordEarningRequest.class))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST))
        .hasMessageContaining("allowed properties are: activityId, category, coins")
        .hasMessageNotContaining("fullName")
        .hasMessageNotContaining("Li Si");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[]",
        "null",
        "{\"requestId\":\"r\",\"volunteerId\":\"v\"} trailing",
        "{\"requestId\":\"r\",\"requestId\":\"s\",\"volunteerId\":\"v\"}",
        "{\"requestId\":1,\"volunteerId\":\"v\"}",
        "{\"requestId\":true,\"volunteerId\":\"v\"}",
        "{\"requestId\":\"r\"}",
        "{\"requestId\":\"r\",\"volunteerId\":null}"
      })
  void rejects_malformed_requests(String json) {
    assertThatThrownBy(() -> LedgerJson.read(json, RegisterVolunteerRequest.class))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.5", "1250", "\"1e3\"", "\"\"", "\"-1\""})
  void rejects_amounts_that_are_not_plain_decimal_strings(String amount) {
    String json = LedgerJson.write(earning()).replace("\"12.50\"", amount);

    assertThatThrownBy(() -> LedgerJson.read(json, RecordEarningRequest.class))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isIn(ErrorCode.MALFORMED_REQUEST, ErrorCode.INVALID_AMOUNT));
  }

  @Test
  void keeps_the_code_of_a_rule_broken_inside_a_record() {
    String json = "{\"requestId\":\"r\",\"volunteerId\":\"Wang Wu\"}";

    assertThatThrownBy(() -> LedgerJson.read(json, RegisterVolunteerRequest.class))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_VOLUNTEER_ID))
        .hasMessageNotContaining("Wang");
  }

  @Test
  void rejects_a_number_where_an_enum_is_expected() {
    String json = LedgerJson.write(account()).replace("\"ACTIVE\"", "0");

    assertThatThrownBy(() -> LedgerJson.read(json, AccountView.class))
        .isInstanceOfSatisfying(
            LedgerValidationException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST))
        .hasMessageContaining("'status'");
  }

  @Test
  void rejects_text_or_fractions_where_a_counter_is_expected() {
    String base = LedgerJson.write(account());

    for (String bad : new String[] {"\"1\"", "1.5", "null"}) {
      String json = base.replace("\"entryCount\":1", "\"entryCount\":" + bad);
      assertThatThrownBy(() -> LedgerJson.read(json, AccountView.class))
          .isInstanceOfSatisfying(
              LedgerValidationException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST));
    }
  }

  @Test
  void malformed_messages_do_not_echo_the_input() {
    assertThatThrownBy(() -> LedgerJson.read("{\"secret 13800000000\"", AccountView.class))
        .hasMessageStartingWith("[MALFORMED_REQUEST] AccountView")
        .hasMessageNotContaining("13800000000");
  }
}
