package io.timecoin.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault suite's Java half, run by scripts/chaos (which injects the faults):
 *
 * <pre>
 * run    --api-url URL --scenario NAME --fault TEXT --out DIR [--marks FILE] [--caller-id ID]
 *        [--workers 4] [--accounts 8] [--min-seconds 30] [--post-heal-seconds 10]
 *        [--max-seconds 180] [--timeout-seconds 30]
 *        the load of one scenario, then the ledger checks; writes DIR/result.json. The API key
 *        comes from the environment variable TIMECOIN_CHAOS_API_KEY, never the command line.
 * report --results DIR --header FILE --out FILE.md [--bound-seconds N]
 *        the Markdown table over DIR's scenario folders; exit 1 when any scenario failed.
 * </pre>
 */
public final class ChaosMain {

  private ChaosMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !(args[0].equals("run") || args[0].equals("report"))) {
      System.err.println("usage: run ... | report ... (see scripts/chaos --help)");
      System.exit(2);
    }
    Map<String, String> options = options(args);
    int code = args[0].equals("run") ? run(options) : report(options);
    System.exit(code);
  }

  private static int run(Map<String, String> o) throws Exception {
    String apiKey = System.getenv("TIMECOIN_CHAOS_API_KEY");
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalArgumentException("set TIMECOIN_CHAOS_API_KEY to a platform-operator key");
    }
    String scenario = required(o, "scenario");
    Path out = Path.of(required(o, "out"));
    Files.createDirectories(out);
    Marks marks = new Marks(o.containsKey("marks") ? Path.of(o.get("marks")) : null);
    String callerId = o.getOrDefault("caller-id", "platform-ops");
    ApiClient api =
        new ApiClient(
            required(o, "api-url"), apiKey, Duration.ofSeconds(number(o, "timeout-seconds", 30)));
    String runId = scenario + "-" + Long.toString(System.currentTimeMillis(), 36);
    LoadGenerator load =
        new LoadGenerator(
            api, runId, (int) number(o, "accounts", 8), (int) number(o, "workers", 4), marks);
    load.setUp();
    // The driver waits for this line before it injects the fault, so no fault hits the setup.
    Files.writeString(out.resolve("ready"), Long.toString(System.currentTimeMillis()));
    System.out.println("chaos: " + scenario + ": accounts open, load running");
    long start = System.currentTimeMillis();
    LoadSchedule schedule =
        new LoadSchedule(
            start,
            number(o, "min-seconds", 30) * 1000,
            number(o, "post-heal-seconds", 10) * 1000,
            number(o, "max-seconds", 180) * 1000,
            o.containsKey("marks"),
            System::currentTimeMillis);
    List<Write> writes = load.run(schedule);
    long end = System.currentTimeMillis();
    System.out.println(
        "chaos: " + scenario + ": load over (" + writes.size() + " writes); checking");
    LedgerReader reader = new LedgerReader(api, callerId);
    reader.awaitQuiescence(writes, 120_000);
    LedgerState ledger = reader.read(load.accounts(), writes);
    Invariants.Findings findings = Invariants.check(writes, ledger, callerId);
    List<String> violations = findings.violations();
    WritesFile.write(out.resolve("writes.jsonl"), writes);
    ObjectNode result =
        ScenarioResult.of(
            scenario, o.getOrDefault("fault", "none"), writes, ledger, findings, marks, start, end);
    Files.writeString(
        out.resolve("result.json"),
        Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    System.out.println(
        "chaos: "
            + scenario
            + ": "
            + violations.size()
            + " violation(s); statuses "
            + result.path("statuses")
            + "; recovery "
            + result.path("recoveryMillis")
            + " ms");
    return 0;
  }

  private static int report(Map<String, String> o) throws Exception {
    String bound = o.get("bound-seconds");
    List<String> failures =
        ReportWriter.write(
            Path.of(required(o, "results")),
            Path.of(required(o, "header")),
            Path.of(required(o, "out")),
            bound == null ? null : Long.parseLong(bound) * 1000);
    failures.forEach(f -> System.out.println("FAILED " + f));
    return failures.isEmpty() ? 0 : 1;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value, got '" + args[i] + "'");
      }
      options.put(args[i].substring(2), args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> o, String name) {
    String value = o.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static long number(Map<String, String> o, String name, long fallback) {
    String value = o.get(name);
    return value == null ? fallback : Long.parseLong(value);
  }
}
