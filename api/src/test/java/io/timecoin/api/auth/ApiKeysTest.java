package io.timecoin.api.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  private static final String KEY = "tc_secret-key";

  @Test
  void finds_the_caller_of_a_key_by_its_hash() {
    ApiKeys keys =
        ApiKeys.parse(
            List.of("# comment", "platform-ops platform-operator " + ApiKeys.sha256Hex(KEY)),
            "platform",
            "test");

    assertThat(keys.callerOf(KEY))
        .contains(new Caller("platform-ops", Role.PLATFORM_OPERATOR, null));
    assertThat(keys.callerOf("tc_other")).isEmpty();
    assertThat(keys.callerOf(ApiKeys.sha256Hex(KEY))).as("the hash itself is not a key").isEmpty();
  }

  @Test
  void refuses_a_role_of_another_org() {
    assertThatThrownBy(
            () ->
                ApiKeys.parse(
                    List.of("ops platform-operator " + ApiKeys.sha256Hex(KEY)), "auditor", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not allowed on the auditor API");
  }

  @Test
  void refuses_a_key_in_clear_text() {
    assertThatThrownBy(() -> ApiKeys.parse(List.of("ops auditor " + KEY), "auditor", "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHA-256")
        .hasMessageNotContaining(KEY);
  }

  @Test
  void refuses_a_caller_given_twice() {
    String line = "ops auditor " + ApiKeys.sha256Hex(KEY);
    assertThatThrownBy(() -> ApiKeys.parse(List.of(line, line), "auditor", "f"))
        .hasMessageContaining("twice");
  }

  @Test
  void a_fourth_column_names_the_operator_identity_a_key_signs_as() {
    ApiKeys keys =
        ApiKeys.parse(
            List.of(
                "henan platform-operator " + ApiKeys.sha256Hex("tc_a") + " ops/henan.properties",
                "reader platform-reader " + ApiKeys.sha256Hex("tc_b")),
            "platform",
            "f");

    assertThat(keys.signerOf("henan")).contains(java.nio.file.Path.of("ops/henan.properties"));
    assertThat(keys.signerOf("reader")).isEmpty();
    assertThat(keys.signers()).containsExactly(java.nio.file.Path.of("ops/henan.properties"));
    assertThatThrownBy(
            () ->
                ApiKeys.parse(
                    List.of("a platform-operator " + ApiKeys.sha256Hex("tc_c") + " x y"),
                    "platform",
                    "f"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("f line 1");
  }
}
