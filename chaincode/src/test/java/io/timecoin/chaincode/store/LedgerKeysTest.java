package io.timecoin.chaincode.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.chaincode.testing.InMemoryStub;
import java.time.Instant;
import java.util.List;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

class LedgerKeysTest {

  private final InMemoryStub stub = new InMemoryStub("timecoin", "PlatformMSP");
  private final LedgerKeys keys = new LedgerKeys(stub);

  @Test
  void entry_keys_carry_a_19_digit_zero_padded_sequence() {
    CompositeKey key = stub.splitCompositeKey(keys.entry("vol-1", 42));

    assertThat(key.getObjectType()).isEqualTo("entry");
    assertThat(key.getAttributes()).containsExactly("vol-1", "0000000000000000042");
  }

  @Test
  void entry_keys_sort_in_sequence_order() {
    List<String> inOrder =
        List.of(
            keys.entry("vol-1", 1),
            keys.entry("vol-1", 2),
            keys.entry("vol-1", 10),
            keys.entry("vol-1", Long.MAX_VALUE));

    assertThat(inOrder).isSorted();
  }

  @Test
  void entries_of_one_account_do_not_include_another_whose_id_extends_it() {
    String prefix = keys.entriesOf("vol-1").toString();

    assertThat(keys.entry("vol-1", 1)).startsWith(prefix);
    assertThat(keys.entry("vol-10", 1)).doesNotStartWith(prefix);
  }

  @Test
  void each_kind_of_record_has_its_own_namespace() {
    assertThat(stub.splitCompositeKey(keys.account("x")).getObjectType()).isEqualTo("account");
    assertThat(stub.splitCompositeKey(keys.activity("x", "a")).getAttributes())
        .containsExactly("x", "a");
    assertThat(stub.splitCompositeKey(keys.request("PlatformMSP", "x")).getObjectType())
        .isEqualTo("request");
    // requestIds are scoped per organisation: the same id of two organisations is two keys.
    assertThat(keys.request("PlatformMSP", "x")).isNotEqualTo(keys.request("InsurerMSP", "x"));
  }

  @Test
  void time_index_keys_are_simple_keys_in_time_order_within_one_account() {
    Instant early = Instant.parse("1969-12-31T23:59:59.5Z");
    Instant later = Instant.parse("2024-05-01T08:00:00Z");
    List<String> inOrder =
        List.of(
            keys.timeBound("vol-1", early),
            keys.entryTime("vol-1", early, 7),
            keys.entryTime("vol-1", later, 2),
            keys.entryTime("vol-1", later.plusNanos(1), 1),
            keys.timeBound("vol-1", later.plusSeconds(1)));

    assertThat(inOrder).isSorted();
    assertThat(keys.entryTime("vol-1", later, 2)).doesNotStartWith(CompositeKey.NAMESPACE);
  }

  @Test
  void a_time_range_of_one_account_excludes_another_whose_id_extends_it() {
    Instant time = Instant.parse("2024-05-01T08:00:00Z");
    String start = keys.timeBound("vol-1", Instant.MIN);
    String end = keys.timeBound("vol-1", Instant.MAX);

    assertThat(keys.entryTime("vol-1", time, 1)).isBetween(start, end);
    for (String other : List.of("vol-10", "vol-", "vol-0")) {
      String key = keys.entryTime(other, time, 1);
      assertThat(key.compareTo(start) < 0 || key.compareTo(end) >= 0).as(other).isTrue();
    }
  }

  @Test
  void policy_versions_and_the_current_pointer_have_their_own_keys() {
    assertThat(stub.splitCompositeKey(keys.policy(3)).getAttributes())
        .containsExactly("0000000000000000003");
    assertThat(stub.splitCompositeKey(keys.currentPolicy()).getObjectType())
        .isEqualTo("policycurrent");
    assertThat(keys.policy(9)).isLessThan(keys.policy(10));
  }

  @Test
  void sequences_start_at_one() {
    assertThatThrownBy(() -> keys.entry("vol-1", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
