package io.timecoin.bench;

import io.timecoin.bench.report.BenchReport;
import io.timecoin.bench.report.MachineInfo;
import io.timecoin.bench.report.ReportJson;
import io.timecoin.bench.report.ReportMarkdown;
import io.timecoin.bench.report.Targets;
import io.timecoin.bench.report.WorkloadResult;
import io.timecoin.bench.saturation.RampSettings;
import io.timecoin.bench.saturation.SaturationOptions;
import io.timecoin.bench.workload.AuditSettings;
import io.timecoin.bench.workload.BenchContext;
import io.timecoin.bench.workload.BenchSettings;
import io.timecoin.bench.workload.Workloads;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The load generator's command line. scripts/bench runs it against a network that is up and hands
 * it what it cannot see itself (Fabric version, batch settings); it runs the chosen workloads and
 * writes the JSON and Markdown results.
 */
@Command(
    name = "timecoin-bench",
    mixinStandardHelpOptions = true,
    description = "Runs timecoin's benchmark workloads against a running network.")
public final class BenchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--run-dir", required = true, description = "the network's run folder")
  private Path runDir;

  @Option(names = "--label", defaultValue = "run", description = "label of the results")
  private String label;

  @Option(names = "--quick", description = "short measurements and small W5 sizes")
  private boolean quick;

  @Option(
      names = "--workloads",
      split = ",",
      defaultValue = "W0,W1,W2,W3,W4,W5,W6",
      description = "workloads to run (default: W0-W6; A1-A4 are the audit benchmarks)")
  private List<String> workloads;

  @Option(
      names = "--concurrency",
      split = ",",
      defaultValue = "1,4,16,32",
      description = "closed-loop concurrency levels")
  private List<Integer> concurrencies;

  @Option(names = "--seconds", description = "seconds per measurement (default 30, quick 5)")
  private Integer seconds;

  @Option(
      names = "--w5-sizes",
      split = ",",
      description = "W5 entry counts (default 100,10000; quick 100,150)")
  private List<Integer> pageSizes;

  @Option(
      names = "--w7-rows",
      description =
          "donations W7's project holds for its progress query (default 100000; quick 1000)")
  private Long progressRows;

  @Option(names = "--hot-writers", defaultValue = "32", description = "W3 writers")
  private int hotWriters;

  @Option(
      names = "--hot-requests",
      description = "W3 requests in all (default 8 per writer; quick 1 per writer)")
  private Integer hotRequests;

  @Option(names = "--put-chaincode", defaultValue = "benchput", description = "W0 chaincode")
  private String putChaincode;

  @Option(names = "--api-url", description = "platform API base URL, e.g. http://127.0.0.1:57080")
  private URI apiUrl;

  @Option(
      names = "--api-key",
      defaultValue = "${env:TIMECOIN_API_KEY}",
      description = "platform API key (default: $TIMECOIN_API_KEY)")
  private String apiKey;

  @Option(names = "--w1-max", defaultValue = "0", description = "W6 100%% rate if W1 is not run")
  private double w1Max;

  @Option(
      names = "--audit-transactions",
      defaultValue = "100000",
      description = "A1: committed transactions of the audit ledger (default ${DEFAULT-VALUE})")
  private long auditTransactions;

  @Option(
      names = "--audit-concurrency",
      defaultValue = "64",
      description = "A1: writers at once (default ${DEFAULT-VALUE})")
  private int auditConcurrency;

  @Option(
      names = "--audit-db",
      description =
          "the auditor database's settings (default <run dir>/auditdb/auditdb.properties)")
  private Path auditDb;

  @Option(
      names = "--audit-query-runs",
      defaultValue = "300",
      description = "A4: runs of each query kind (default ${DEFAULT-VALUE})")
  private int auditQueryRuns;

  @Option(
      names = "--audit-lag-share",
      defaultValue = "0.9",
      description = "A3: W6's rate as a share of W1's best (default ${DEFAULT-VALUE})")
  private double auditLagShare;

  @Option(
      names = "--audit-lag-seconds",
      defaultValue = "120",
      description = "A3: seconds of load while the lag is sampled (default ${DEFAULT-VALUE})")
  private int auditLagSeconds;

  @Option(
      names = "--audit-lag-sample-ms",
      defaultValue = "200",
      description = "A3: milliseconds between lag samples (default ${DEFAULT-VALUE})")
  private int auditLagSampleMillis;

  @Option(names = "--fabric-version", defaultValue = "unknown", description = "for the report")
  private String fabricVersion;

  @Option(
      names = "--network",
      description = "a fact of the network for the report, NAME=VALUE (repeatable)")
  private Map<String, String> network = new LinkedHashMap<>();

  @Option(names = "--out", required = true, description = "results path without extension")
  private Path out;

  @Mixin private SaturationOptions saturation = new SaturationOptions();

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    BenchSettings settings =
        new BenchSettings(
            runDir,
            "b" + Long.toString(started.getEpochSecond(), 36),
            quick,
            concurrencies,
            Duration.ofSeconds(seconds != null ? seconds : quick ? 5 : 30),
            putChaincode,
            apiUrl,
            apiKey == null ? "" : apiKey,
            hotWriters,
            hotRequests != null ? hotRequests : hotWriters * (quick ? 1 : 8),
            pageSizes != null ? pageSizes : quick ? List.of(100, 150) : List.of(100, 10_000),
            w1Max,
            progressRows != null ? progressRows : quick ? 1_000 : 100_000,
            new AuditSettings(
                auditTransactions,
                auditConcurrency,
                auditDb != null ? auditDb : AuditSettings.defaultDatabase(runDir),
                auditQueryRuns,
                auditLagShare,
                Duration.ofSeconds(auditLagSeconds),
                Duration.ofMillis(auditLagSampleMillis)));
    if (saturation.enabled()) {
      RampSettings ramp;
      try {
        ramp = saturation.settings(quick);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      try (BenchContext context = new BenchContext(settings, console)) {
        saturation.run(
            context,
            ramp,
            workloads,
            started.toString(),
            label,
            quick,
            fabricVersion,
            network,
            out,
            console);
      }
      return 0;
    }
    List<WorkloadResult> results;
    try (BenchContext context = new BenchContext(settings, console)) {
      results = Workloads.run(context, workloads);
    }
    BenchReport report =
        new BenchReport(
            started.toString(),
            label,
            quick,
            MachineInfo.current(),
            fabricVersion,
            network,
            results,
            Targets.check(results));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Path json = Path.of(out + ".json");
    Path md = Path.of(out + ".md");
    Files.writeString(json, ReportJson.write(report), StandardCharsets.UTF_8);
    String markdown = ReportMarkdown.render(report);
    Files.writeString(md, markdown, StandardCharsets.UTF_8);
    console.println();
    console.println(markdown);
    console.println("results: " + json + " and " + md);
    console.flush();
    return 0;
  }

  /** Runs the command; exits with 0 when results were written, 1 on failure, 2 on bad options. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }
}
