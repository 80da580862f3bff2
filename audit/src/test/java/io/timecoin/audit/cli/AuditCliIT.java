package io.timecoin.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code timecoin audit verify} and {@code peers} against the IT network, as an auditor runs them.
 */
class AuditCliIT {

  private final Path runDir =
      Path.of(System.getProperty("timecoin.it.runDir", "../target/it-network"));
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    var commandLine = AuditCli.commandLine(Map.of("TIMECOIN_RUN_DIR", runDir.toString()));
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void verify_prints_a_summary_exits_zero_and_resumes_from_its_checkpoint() throws Exception {
    Path checkpoint = Path.of("target", "audit-cli-it.checkpoint");
    Files.deleteIfExists(checkpoint);

    assertThat(run("verify", "--checkpoint", checkpoint.toString(), "--progress-seconds", "0"))
        .isZero();
    assertThat(out.toString())
        .contains("blocks        0 to ")
        .contains("signatures    ")
        .contains("block 0 hash  ")
        .contains("RESULT: INTACT")
        .doesNotContain("BREAK");
    assertThat(checkpoint).exists();

    out.getBuffer().setLength(0);
    assertThat(run("verify", "--checkpoint", checkpoint.toString())).isZero();
    assertThat(out.toString()).doesNotContain("blocks        0 to ").contains("RESULT: INTACT");
  }

  @Test
  void peers_agree() {
    assertThat(run("peers")).isZero();
    assertThat(out.toString())
        .contains("PlatformMSP")
        .contains("InsurerMSP")
        .contains("AuditorMSP")
        .contains("RESULT: AGREE");
  }

  @Test
  void a_missing_client_file_is_a_configuration_error_that_names_the_file() {
    assertThat(run("verify", "--client", "no/such/auditor.properties")).isEqualTo(5);
    assertThat(err.toString())
        .contains("[BAD_CONFIGURATION]")
        .contains("no/such/auditor.properties");
  }
}
