package io.timecoin.auditstore.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StateKeyTest {

  @Test
  void splits_a_composite_key_into_its_type_and_attributes() {
    assertThat(StateKey.parse("\0entry\0vol-1\u00000000000000000000007\0"))
        .contains(new StateKey("entry", List.of("vol-1", "0000000000000000007")));
    assertThat(StateKey.parse("\0policycurrent\0"))
        .contains(new StateKey("policycurrent", List.of()));
  }

  @Test
  void simple_keys_are_not_composite() {
    assertThat(StateKey.parse("entrytime|vol-1|0000000000|1")).isEmpty();
    assertThat(StateKey.parse("")).isEmpty();
    assertThat(StateKey.parse("\0")).isEmpty();
  }
}
