package io.timecoin.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.timecoin.client.HeartsLedger;
import io.timecoin.client.TimeCoinLedger;
import io.timecoin.client.testing.InProcessNetwork;
import io.timecoin.model.CoinAmount;
import io.timecoin.model.ProjectStatus;
import io.timecoin.model.RecordHeartsRequest;
import io.timecoin.model.RegisterVolunteerRequest;
import io.timecoin.model.SetHeartsPolicyRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code timecoin hearts ...} and {@code timecoin project ...} over the in-process ledger (the real
 * contract): what they print, and that refusals exit with the ledger's code and bad input is
 * refused before connecting.
 */
class HeartsCliTest {

  private static final String DESCRIPTION =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  @TempDir Path runDir;

  private final InProcessNetwork network =
      InProcessNetwork.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));
  private final TimeCoinLedger platform = network.connect("PlatformMSP");
  private final HeartsLedger hearts = HeartsLedger.over(platform);
  private final List<TimeCoinLedger> opened = new ArrayList<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void volunteersWithHearts() throws IOException {
    Files.createDirectories(runDir.resolve("clients"));
    Files.writeString(
        runDir.resolve("clients/platform.properties"),
        String.join(
            "\n",
            "timecoin.peer.endpoint=127.0.0.1:7051",
            "timecoin.peer.tlsRootCert=ca.crt",
            "timecoin.msp.id=PlatformMSP",
            "timecoin.identity.certificate=cert.pem",
            "timecoin.identity.privateKey=priv_sk",
            "timecoin.channel=timecoin",
            "timecoin.chaincode=timecoin"));
    hearts.setHeartsPolicy(
        new SetHeartsPolicyRequest("hp-1", 50L, CoinAmount.ZERO, CoinAmount.ZERO, "+08:00"));
    for (String id : List.of("vol-1", "vol-2")) {
      platform.registerVolunteer(new RegisterVolunteerRequest("reg-" + id, id));
      hearts.recordHearts(
          new RecordHeartsRequest("h-" + id, id, "task-1", 20L, "branch-7", DESCRIPTION));
    }
  }

  @Test
  void launch_donate_progress_balance_close_and_show_a_funded_project() {
    assertThat(launch("school-7", "30", "--match-per-heart", "0.50", "--match-budget", "100.00"))
        .isZero();
    assertThat(out.toString()).contains("\"projectId\":\"school-7\"", "\"status\":\"OPEN\"");

    assertThat(run("hearts", "donate", "vol-1", "school-7", "15", "--request-id", "d-1")).isZero();
    assertThat(out.toString()).contains("\"transactionId\":", "\"hearts\":15");
    assertThat(run("hearts", "donate", "vol-2", "school-7", "15")).isZero();
    assertThat(err.toString()).startsWith("request id: cli:");

    assertThat(run("project", "progress", "school-7")).isZero();
    assertThat(out.toString()).contains("\"raisedHearts\":30", "\"donations\":2", "\"donors\":2");
    assertThat(run("hearts", "balance", "vol-1")).isZero();
    assertThat(out.toString())
        .contains(
            "\"balance\":5,", "\"totalEarned\":20", "\"totalDonated\":15", "\"unit\":\"HEARTS\"");

    assertThat(run("project", "close", "school-7")).isZero();
    assertThat(out.toString()).contains("\"status\":\"FUNDED\"");
    assertThat(run("project", "show", "school-7")).isZero();
    assertThat(out.toString())
        .contains("\"status\":\"FUNDED\"", "\"raisedHearts\":30", "\"matchedAmount\":\"15.00\"");
    assertThat(hearts.getProject("school-7").status()).isEqualTo(ProjectStatus.FUNDED);
    assertThat(opened).as("one client per command, each closed").hasSize(7);
  }

  @Test
  void donating_more_hearts_than_held_exits_3_with_the_code_and_changes_nothing() {
    launch("school-7", "100");

    int status = run("hearts", "donate", "vol-1", "school-7", "21");

    assertThat(status).isEqualTo(TimeCoinCli.REFUSED);
    assertThat(err.toString()).contains("INSUFFICIENT_HEARTS");
    assertThat(out.toString()).isEmpty();
    assertThat(hearts.getHeartsAccount("vol-1").balance()).isEqualTo(20);
    assertThat(hearts.getProjectProgress("school-7").donations()).isZero();
  }

  @Test
  void closing_before_the_target_and_reading_an_unknown_project_are_refused() {
    launch("school-7", "100");

    assertThat(run("project", "close", "school-7")).isEqualTo(TimeCoinCli.REFUSED);
    assertThat(err.toString()).contains("PROJECT_TARGET_NOT_REACHED");
    assertThat(run("project", "show", "nowhere")).isEqualTo(TimeCoinCli.REFUSED);
    assertThat(err.toString()).contains("PROJECT_NOT_FOUND");
    assertThat(hearts.getProject("school-7").status()).isEqualTo(ProjectStatus.OPEN);
  }

  @Test
  void bad_input_is_refused_before_connecting_with_exit_status_2() {
    assertThat(run("hearts", "donate", "vol-1", "school-7", "0")).isEqualTo(2);
    assertThat(run("hearts", "donate", "vol-1", "school-7", "many")).isEqualTo(2);
    assertThat(launchWithPledge("school-7", "1.234")).isEqualTo(2);
    assertThat(run("project", "launch", "school-7")).isEqualTo(CommandLine.ExitCode.USAGE);

    assertThat(opened).isEmpty();
    assertThat(err.toString()).doesNotContain("1.234");
  }

  @Test
  void help_names_the_hearts_and_project_commands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("hearts", "project");
    assertThat(run("project", "--help")).isZero();
    assertThat(out.toString()).contains("launch", "show", "progress", "close");
  }

  private int launch(String projectId, String target, String... more) {
    return launchWith(projectId, target, "5000.00", more);
  }

  private int launchWithPledge(String projectId, String pledge) {
    return launchWith(projectId, "100", pledge);
  }

  private int launchWith(String projectId, String target, String pledge, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "project",
                "launch",
                projectId,
                "--target",
                target,
                "--deadline",
                "2026-12-31T16:00:00Z",
                "--description",
                DESCRIPTION,
                "--sponsor",
                "foundation-1",
                "--pledge",
                pledge,
                "--currency",
                "CNY"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    CommandLine commandLine =
        TimeCoinCli.commandLine(
            config -> {
              TimeCoinLedger client = network.connect("PlatformMSP");
              opened.add(client);
              return client;
            },
            Map.of("TIMECOIN_RUN_DIR", runDir.toString()));
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }
}
