package io.timecoin.hosts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/network up} refuses a port offset that would put ports in Linux's ephemeral range
 * (32768 and up), where outgoing connections take ports at random, before it creates anything. No
 * namespaces needed: it runs wherever the build does.
 */
class PortOffsetGuardIT {

  @Test
  void an_offset_from_22000_up_is_refused_before_anything_is_created(@TempDir Path scratch)
      throws Exception {
    Path runDir = scratch.resolve("run");
    Process process =
        new ProcessBuilder(
                HostsNetwork.projectDir().resolve("scripts/network").toString(),
                "up",
                "--hosts",
                "--run-dir",
                runDir.toString(),
                "--port-offset",
                "30000")
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("it answers at once").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(output).isEqualTo(1);
    assertThat(output).contains("--port-offset must be below 22000").contains("ephemeral range");
    assertThat(Files.exists(runDir)).as("no run folder is created").isFalse();
  }

  @Test
  void the_highest_offset_allowed_keeps_every_port_below_the_ephemeral_range() throws IOException {
    // The base ports of network.env, plus the largest offset the script takes, stay < 32768.
    int highestBase =
        Files.readAllLines(HostsNetwork.projectDir().resolve("network-config/network.env")).stream()
            .map(String::strip)
            .filter(line -> line.matches("[A-Z0-9_]+_PORT=[0-9]+"))
            .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf('=') + 1)))
            .max()
            .orElseThrow();
    assertThat(highestBase + 21_999).isLessThan(32_768);
  }
}
