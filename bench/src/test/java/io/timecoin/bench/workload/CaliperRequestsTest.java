package io.timecoin.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.timecoin.model.LedgerJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Caliper workload (bench/caliper/workload/requests.js) sends the very bytes W1 sends: its
 * requests are built by Node here and compared with {@link Requests} written by {@link LedgerJson}.
 */
class CaliperRequestsTest {

  private static final Path REQUESTS_JS = Path.of("caliper/workload/requests.js").toAbsolutePath();

  private static List<String> node(String expression) throws IOException, InterruptedException {
    assumeTrue(onPath("node"), "Node.js is not on PATH (scripts/bench --caliper needs it)");
    Process p =
        new ProcessBuilder(
                "node",
                "-e",
                "const r = require(process.argv[1]); for (const x of "
                    + expression
                    + ")"
                    + " console.log(JSON.stringify(x));",
                REQUESTS_JS.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    return out.lines().toList();
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  @Test
  void earnings_registrations_and_the_policy_are_byte_for_byte_w1s() throws Exception {
    List<String> js =
        node(
            "[r.earning('cal1a', 'cal0w0', 'cal1a-cal0-7', 42),"
                + " r.register('cal1a', r.volunteer('cal1a', 'cal0', 7)),"
                + " r.benchPolicy('cal1a')]");

    assertThat(js)
        .containsExactly(
            LedgerJson.write(Requests.earning("cal1a", "cal0w0", "cal1a-cal0-7", 42)),
            LedgerJson.write(Requests.register("cal1a", Requests.volunteer("cal1a", "cal0", 7))),
            LedgerJson.write(Requests.benchPolicy("cal1a")));
  }

  @Test
  void a_different_sequence_number_is_a_different_request() throws Exception {
    List<String> js = node("[r.earning('cal1a', 't', 'v', 1), r.earning('cal1a', 't', 'v', 2)]");

    assertThat(js.get(0)).isNotEqualTo(js.get(1));
    assertThat(js.get(1)).isEqualTo(LedgerJson.write(Requests.earning("cal1a", "t", "v", 2)));
  }
}
