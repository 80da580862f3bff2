package io.timecoin.identities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of the command line where no CA is involved. */
class IdentitiesCliTest {

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = IdentitiesCli.commandLine(Map.of());
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void a_run_folder_without_a_network_exits_5_and_says_what_to_do() {
    assertThat(run("--run-dir", dir.toString(), "list")).isEqualTo(5);
    assertThat(err.toString())
        .startsWith("[CONFIG_UNREADABLE] cannot read the CA client config")
        .contains("is the network up?");
  }

  @Test
  void an_unknown_org_exits_2() {
    assertThat(run("--run-dir", dir.toString(), "--org", "bank", "list")).isEqualTo(2);
    assertThat(err.toString())
        .startsWith("[INVALID_INPUT] --org is one of platform, insurer, auditor");
  }

  @Test
  void register_without_a_role_is_a_usage_error() {
    assertThat(run("--run-dir", dir.toString(), "register", "ops-1")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--role=<role>'");
  }
}
