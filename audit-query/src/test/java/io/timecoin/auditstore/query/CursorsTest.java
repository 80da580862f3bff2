package io.timecoin.auditstore.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CursorsTest {

  @Test
  void a_cursor_gives_back_the_key_it_was_made_from() {
    Instant time = Instant.parse("2026-11-30T06:00:00.123456Z");
    assertThat(Cursors.timeAndId(Cursors.ofTimeAndId(time, "tx|1:0")))
        .isEqualTo(new Cursors.TimeAndId(time, "tx|1:0"));
    assertThat(Cursors.sequence(Cursors.ofSequence(42))).isEqualTo(42);
    assertThat(Cursors.id(Cursors.ofId("voucher-1"))).isEqualTo("voucher-1");
  }

  @Test
  void a_cursor_of_another_query_or_a_made_up_one_is_refused() {
    String sequenceCursor = Cursors.ofSequence(3);
    assertThatThrownBy(() -> Cursors.timeAndId(sequenceCursor))
        .isInstanceOfSatisfying(
            AuditQueryException.class, e -> assertThat(e.code()).isEqualTo("INVALID_CURSOR"));
    assertThatThrownBy(() -> Cursors.id("!!!"))
        .isInstanceOf(AuditQueryException.class)
        .hasMessageStartingWith("[INVALID_CURSOR]");
    assertThatThrownBy(() -> Cursors.sequence(Cursors.ofId("x")))
        .isInstanceOf(AuditQueryException.class);
  }
}
