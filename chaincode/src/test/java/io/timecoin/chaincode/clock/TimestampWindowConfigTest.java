package io.timecoin.chaincode.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.timecoin.model.ErrorCode;
import io.timecoin.model.LedgerValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampWindowConfigTest {

  private static final Instant NOW = Instant.parse("2026-11-30T06:00:00Z");
  private static final EndorserClock CLOCK = EndorserClock.of(() -> NOW);

  private static TimestampWindow configured(String value) {
    return TimestampWindow.fromEnvironment(
        Map.of(TimestampWindow.ENVIRONMENT_VARIABLE, value), CLOCK);
  }

  @Test
  void defaults_to_five_minutes_when_unset_or_empty() {
    assertThat(TimestampWindow.fromEnvironment(Map.of(), CLOCK).width())
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(configured("").width()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void takes_an_iso_duration() {
    TimestampWindow window = configured("PT30S");
    assertThat(window.width()).isEqualTo(Duration.ofSeconds(30));
    window.check(NOW.minusSeconds(30));
    window.check(NOW.plusSeconds(30));
    assertThat(
            catchThrowableOfType(
                LedgerValidationException.class, () -> window.check(NOW.plusSeconds(31))))
        .extracting(LedgerValidationException::code)
        .isEqualTo(ErrorCode.TIMESTAMP_OUT_OF_WINDOW);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5m", "PT0S", "-PT5M", "PT2H", "P1D", "forever"})
  void an_invalid_value_refuses_every_write_and_names_the_variable(String value) {
    TimestampWindow window = configured(value);
    LedgerValidationException failure =
        catchThrowableOfType(LedgerValidationException.class, () -> window.check(NOW));
    assertThat(failure.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
    assertThat(failure.getMessage()).contains(TimestampWindow.ENVIRONMENT_VARIABLE);
  }

  @Test
  void an_explicit_window_must_be_valid() {
    assertThatThrownBy(() -> TimestampWindow.of(Duration.ZERO, CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
