package io.timecoin.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoadAverageTest {

  @Test
  void the_first_field_of_proc_loadavg_is_the_one_minute_load() {
    assertThat(LoadAverage.parse("23.22 12.71 7.37 9/1234 5678\n")).hasValue(23.22);
    assertThat(LoadAverage.parse("")).isEmpty();
    assertThat(LoadAverage.parse("busy 1 2")).isEmpty();
  }

  @Test
  void mean_and_max_of_the_samples_none_without_samples() {
    LoadAverage load = new LoadAverage();
    assertThat(load.mean()).isEmpty();
    assertThat(load.max()).isEmpty();

    load.add(4.0);
    load.add(10.0);

    assertThat(load.mean()).hasValue(7.0);
    assertThat(load.max()).hasValue(10.0);
  }
}
