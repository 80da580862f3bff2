package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RequestRecordsTest {

  private static final String HASH = "f".repeat(64);
  private static final CoinAmount ONE = CoinAmount.parse("1");

  @Test
  void missing_fields_are_malformed_requests_naming_the_field() {
    assertCode(
        () -> new RegisterVolunteerRequest(null, "vol-1"),
        ErrorCode.MALFORMED_REQUEST,
        "requestId is required");
    assertCode(
        () -> new RecordEarningRequest("r", "v", "a", 60, null, "b", HASH, "c"),
        ErrorCode.MALFORMED_REQUEST,
        "coins is required");
    assertCode(
        () -> new RecordEarningRequest("r", "v", "a", 60, ONE, "b", null, "c"),
        ErrorCode.MALFORMED_REQUEST,
        "evidenceHash is required");
  }

  @Test
  void each_identifier_is_checked_with_its_own_code() {
    assertCode(
        () -> new RecordEarningRequest("r r", "v", "a", 60, ONE, "b", HASH, "c"),
        ErrorCode.INVALID_REQUEST_ID,
        "requestId");
    assertCode(
        () -> new RecordEarningRequest("r", "v v", "a", 60, ONE, "b", HASH, "c"),
        ErrorCode.INVALID_VOLUNTEER_ID,
        "volunteerId");
    assertCode(
        () -> new RecordEarningRequest("r", "v", "a a", 60, ONE, "b", HASH, "c"),
        ErrorCode.INVALID_ACTIVITY_ID,
        "activityId");
    assertCode(
        () -> new RecordEarningRequest("r", "v", "a", 60, ONE, "b", "00", "c"),
        ErrorCode.INVALID_ARGUMENT,
        "evidenceHash");
    assertCode(
        () -> new RecordEarningRequest("r", "v", "a", 60, ONE, "b.b", HASH, "c"),
        ErrorCode.INVALID_ARGUMENT,
        "verifier");
  }

  @Test
  void a_zero_amount_is_left_to_the_chaincode_to_refuse() {
    assertThat(new RecordEarningRequest("r", "v", "a", 60, CoinAmount.ZERO, "b", HASH, "c").coins())
        .isEqualTo(CoinAmount.ZERO);
  }

  @Test
  void entry_sequences_start_at_one() {
    assertCode(
        () ->
            new EntryView(
                "tx:0",
                "v",
                0,
                0,
                EntryType.EARN,
                SignedCoinAmount.credit(ONE),
                ONE,
                null,
                "a",
                60,
                "c",
                HASH,
                "b",
                null,
                null,
                null,
                null,
                "r",
                "tx",
                "2024-01-01T00:00:00Z",
                new Recorder("M", HASH)),
        ErrorCode.INVALID_ARGUMENT,
        "sequence");
  }

  private static void assertCode(ThrowingCallable call, ErrorCode code, String text) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            LedgerValidationException.class, e -> assertThat(e.code()).isEqualTo(code))
        .hasMessageContaining(text);
  }
}
