package io.timecoin.chaincode.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.timecoin.chaincode.testing.InMemoryStub;
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
    assertThat(stub.splitCompositeKey(keys.request("x")).getObjectType()).isEqualTo("request");
  }

  @Test
  void sequences_start_at_one() {
    assertThatThrownBy(() -> keys.entry("vol-1", 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
