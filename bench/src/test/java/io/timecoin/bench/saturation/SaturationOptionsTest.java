package io.timecoin.bench.saturation;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.bench.BenchCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SaturationOptionsTest {

  @Test
  void quick_and_full_ramps_have_their_own_defaults_and_flags_override_them() {
    SaturationOptions options = new SaturationOptions();
    new CommandLine(options).parseArgs("--saturation");
    assertThat(options.enabled()).isTrue();
    assertThat(options.settings(true))
        .isEqualTo(new RampSettings(new RampPlan(5, 2, 5000), 5, 64, 2000));
    assertThat(options.settings(false))
        .isEqualTo(new RampSettings(new RampPlan(10, 1.4, 5000), 30, 256, 2000));

    options = new SaturationOptions();
    new CommandLine(options)
        .parseArgs(
            "--ramp-start",
            "20",
            "--ramp-factor",
            "1.5",
            "--ramp-max",
            "300",
            "--ramp-step-seconds",
            "12",
            "--ramp-workers",
            "32",
            "--p99-bound-ms",
            "1000");
    assertThat(options.enabled()).isFalse();
    assertThat(options.settings(true))
        .isEqualTo(new RampSettings(new RampPlan(20, 1.5, 300), 12, 32, 1000));
  }

  @Test
  void a_ramp_that_cannot_rise_is_refused_as_a_bad_option_before_anything_connects(
      @TempDir Path dir) {
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new BenchCommand()).setErr(new PrintWriter(err));
    int exit =
        cli.execute(
            "--run-dir",
            dir.toString(),
            "--out",
            dir.resolve("r").toString(),
            "--saturation",
            "--ramp-factor",
            "1");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("a factor above 1");
    assertThat(dir.resolve("r.md")).doesNotExist();
  }
}
