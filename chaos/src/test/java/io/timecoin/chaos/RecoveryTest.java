package io.timecoin.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecoveryTest {

  @Test
  void recoveryIsTheFirstSuccessOfAWriteSentAfterTheHeal() {
    List<Write> writes =
        List.of(
            write(new Answer(201, "", null, false, 1_000, 100)),
            // sent before the heal at 5 000, answered after it: not a sign of recovery
            write(new Answer(201, "", null, false, 4_000, 3_000)),
            write(new Answer(503, "", null, false, 5_100, 50)),
            write(new Answer(201, "", null, false, 6_000, 1_500)),
            write(new Answer(201, "", null, false, 6_200, 200)));

    assertThat(Recovery.firstSuccessSentAfter(writes, 5_000))
        .get()
        .extracting(Answer::endedAtMillis)
        .isEqualTo(6_400L);
    assertThat(Recovery.firstSuccessSentAfter(writes, 7_000)).isEmpty();
  }

  @Test
  void theLongestGapCountsUpToTheEndWithoutASuccess() {
    List<Write> writes =
        List.of(
            write(new Answer(201, "", null, false, 1_000, 100)),
            write(new Answer(201, "", null, false, 2_000, 100)),
            write(new Answer(201, "", null, false, 9_000, 100)));

    assertThat(Recovery.longestGapMillis(writes, 1_500, 9_500)).isEqualTo(7_000);
    assertThat(Recovery.longestGapMillis(writes, 1_500, 20_000)).isEqualTo(10_900);
  }

  @Test
  void percentilesAreNearestRank() {
    List<Long> sorted = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 100L);
    assertThat(ScenarioResult.percentile(sorted, 50)).isEqualTo(5);
    assertThat(ScenarioResult.percentile(sorted, 99)).isEqualTo(100);
    assertThat(ScenarioResult.percentile(List.of(), 99)).isZero();
  }

  @Test
  void theLoadRunsPastTheHealUntilAWriteSentAfterItSucceeds() throws Exception {
    java.nio.file.Path marks = java.nio.file.Files.createTempFile("marks", "");
    long[] now = {0};
    LoadSchedule schedule = new LoadSchedule(0, 10_000, 5_000, 60_000, true, () -> now[0]);
    Marks read = new Marks(marks);
    List<Write> writes = new java.util.ArrayList<>();

    now[0] = 20_000;
    assertThat(schedule.over(read, writes)).as("no heal yet").isFalse();
    java.nio.file.Files.writeString(marks, "fault 12000\nheal 18000\n");
    assertThat(schedule.over(read, writes)).as("only 2 s after the heal").isFalse();
    now[0] = 24_000;
    assertThat(schedule.over(read, writes)).as("no success after the heal").isFalse();
    writes.add(write(new Answer(201, "", null, false, 19_000, 100)));
    assertThat(schedule.over(read, writes)).isTrue();
    writes.clear();
    now[0] = 60_000;
    assertThat(schedule.over(read, writes)).as("the cap").isTrue();
  }

  private static Write write(Answer answer) {
    return new Write(
        "k", "/v1/earnings", "{}", Map.of("a", BigDecimal.ONE), BigDecimal.ONE, List.of(answer));
  }
}
