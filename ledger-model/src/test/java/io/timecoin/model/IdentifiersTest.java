package io.timecoin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  private static final String HASH = "a".repeat(64);

  @ParameterizedTest
  @ValueSource(strings = {"v", "vol-42", "VOL_42", "0123456789"})
  void accepts_volunteer_ids_of_letters_digits_underscore_and_dash(String id) {
    assertThat(Identifiers.requireVolunteerId(id)).isEqualTo(id);
  }

  @Test
  void accepts_a_volunteer_id_of_exactly_64_characters() {
    String id = "x".repeat(64);

    assertThat(Identifiers.requireVolunteerId(id)).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "vol 42", "vol.42", "vol:42", "v\u00f6l", "vol\n", "+8613800000000"})
  void rejects_volunteer_ids_outside_the_alphabet(String id) {
    assertRejected(Identifiers::requireVolunteerId, id, ErrorCode.INVALID_VOLUNTEER_ID);
  }

  @Test
  void rejects_a_volunteer_id_of_65_characters() {
    assertRejected(Identifiers::requireVolunteerId, "x".repeat(65), ErrorCode.INVALID_VOLUNTEER_ID);
  }

  @Test
  void rejects_a_missing_volunteer_id() {
    assertRejected(Identifiers::requireVolunteerId, null, ErrorCode.INVALID_VOLUNTEER_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"r", "req-1", "batch.7:item_3", "2024-05-01T10:00:00"})
  void accepts_request_ids_with_dots_and_colons(String id) {
    assertThat(Identifiers.requireRequestId(id)).isEqualTo(id);
  }

  @Test
  void accepts_a_request_id_of_128_characters_and_rejects_129() {
    assertThat(Identifiers.requireRequestId("r".repeat(128))).hasSize(128);
    assertRejected(Identifiers::requireRequestId, "r".repeat(129), ErrorCode.INVALID_REQUEST_ID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "req 1", "req/1", "req#1"})
  void rejects_request_ids_outside_the_alphabet(String id) {
    assertRejected(Identifiers::requireRequestId, id, ErrorCode.INVALID_REQUEST_ID);
  }

  @Test
  void activity_ids_follow_the_request_id_rule_with_their_own_code() {
    assertThat(Identifiers.requireActivityId("act.2024:7")).isEqualTo("act.2024:7");
    assertRejected(Identifiers::requireActivityId, "act 7", ErrorCode.INVALID_ACTIVITY_ID);
  }

  @Test
  void accepts_a_lowercase_sha256_hex_evidence_hash() {
    assertThat(Identifiers.requireEvidenceHash(HASH)).isEqualTo(HASH);
  }

  static Stream<String> badHashes() {
    return Stream.of(
        "",
        "abc",
        HASH.substring(1),
        HASH + "0",
        "A" + HASH.substring(1),
        "g" + HASH.substring(1),
        " " + HASH.substring(1));
  }

  @ParameterizedTest
  @MethodSource("badHashes")
  void rejects_evidence_hashes_that_are_not_64_lowercase_hex_characters(String hash) {
    assertRejected(Identifiers::requireEvidenceHash, hash, ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void verifier_ids_follow_the_volunteer_id_rule_with_invalid_argument() {
    assertThat(Identifiers.requireVerifierId("branch-7")).isEqualTo("branch-7");
    assertRejected(Identifiers::requireVerifierId, "branch 7", ErrorCode.INVALID_ARGUMENT);
  }

  @Test
  void error_messages_state_the_rule_but_never_echo_the_value() {
    String personal = "Zhang San 13800000000";

    assertThatThrownBy(() -> Identifiers.requireVolunteerId(personal))
        .hasMessage(
            "[INVALID_VOLUNTEER_ID] volunteerId must be 1-64 characters of A-Z, a-z, 0-9, '_' or"
                + " '-'")
        .hasMessageNotContaining("Zhang");
    assertThatThrownBy(() -> Identifiers.requireRequestId(personal))
        .hasMessageNotContaining("Zhang")
        .hasMessageContaining("1-128 characters");
  }

  private static void assertRejected(UnaryOperator<String> check, String value, ErrorCode code) {
    assertThatThrownBy(() -> check.apply(value))
        .isInstanceOfSatisfying(
            LedgerValidationException.class, e -> assertThat(e.code()).isEqualTo(code));
  }
}
