package io.timecoin.auditstore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditStoreCliTest {

  @TempDir Path runDir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> environment, String... args) {
    return AuditStoreCli.run(args, environment, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void settings_default_to_the_run_folder_and_a_missing_one_says_how_to_create_it() {
    int exit = run(Map.of("TIMECOIN_RUN_DIR", runDir.toString()), "reconcile");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString())
        .contains(runDir.resolve("auditdb/auditdb.properties").toString())
        .contains("scripts/auditdb start");
  }

  @Test
  void the_run_folder_follows_xdg_state_home_like_scripts_network() {
    AuditStoreCli cli = new AuditStoreCli(Map.of("XDG_STATE_HOME", "/state", "HOME", "/home/a"));
    assertThat(cli.runDir()).isEqualTo(Path.of("/state/timecoin/network"));
    assertThat(new AuditStoreCli(Map.of("HOME", "/home/a")).runDir())
        .isEqualTo(Path.of("/home/a/.local/state/timecoin/network"));
  }

  @Test
  void no_command_is_a_usage_error() {
    assertThat(run(Map.of())).isEqualTo(2);
    assertThat(err.toString()).contains("name a command");
  }
}
