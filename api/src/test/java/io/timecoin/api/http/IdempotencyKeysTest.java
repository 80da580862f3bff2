package io.timecoin.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.api.auth.Caller;
import io.timecoin.api.auth.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  private final Caller ops = new Caller("platform-ops", Role.PLATFORM_OPERATOR, null);
  private final IdempotencyKeys keys = new IdempotencyKeys(10);
  private final StoredResponse created =
      new StoredResponse(201, "application/json", "{}".getBytes(), Map.of());

  @Test
  void scopes_the_key_per_caller_as_the_ledger_request_id() {
    assertThat(IdempotencyKeys.requestId(ops, "earn-1")).isEqualTo("platform-ops.earn-1");
  }

  @Test
  void refuses_a_missing_or_malformed_key() {
    assertThatThrownBy(() -> IdempotencyKeys.requestId(ops, null))
        .isInstanceOfSatisfying(
            ApiProblem.class, p -> assertThat(p.code()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED"));
    assertThatThrownBy(() -> IdempotencyKeys.requestId(ops, "a/../b"))
        .isInstanceOfSatisfying(
            ApiProblem.class, p -> assertThat(p.code()).isEqualTo("INVALID_IDEMPOTENCY_KEY"));
    assertThatThrownBy(() -> IdempotencyKeys.requestId(ops, "k".repeat(81)))
        .isInstanceOf(ApiProblem.class);
  }

  @Test
  void replays_the_first_result_for_the_same_body() {
    assertThat(keys.begin("r", new byte[] {1})).isInstanceOf(IdempotencyKeys.Run.class);
    keys.finish("r", created);

    assertThat(keys.begin("r", new byte[] {1}))
        .isInstanceOfSatisfying(
            IdempotencyKeys.Replay.class, r -> assertThat(r.response().status()).isEqualTo(201));
  }

  @Test
  void refuses_another_body_with_422_and_a_replay_in_flight_with_409() {
    keys.begin("r", new byte[] {1});

    assertThatThrownBy(() -> keys.begin("r", new byte[] {1}))
        .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(409));
    assertThatThrownBy(() -> keys.begin("r", new byte[] {2}))
        .isInstanceOfSatisfying(
            ApiProblem.class,
            p -> {
              assertThat(p.status()).isEqualTo(422);
              assertThat(p.code()).isEqualTo("IDEMPOTENCY_CONFLICT");
            });
  }

  @Test
  void an_abandoned_write_can_be_sent_again() {
    keys.begin("r", new byte[] {1});
    keys.abandon("r");

    assertThat(keys.begin("r", new byte[] {1})).isInstanceOf(IdempotencyKeys.Run.class);
  }
}
