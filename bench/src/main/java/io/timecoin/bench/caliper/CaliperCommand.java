package io.timecoin.bench.caliper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.timecoin.bench.report.BenchReport;
import io.timecoin.bench.report.ReportJson;
import io.timecoin.client.LedgerConnectionConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What {@code scripts/bench --caliper} runs around Caliper: {@code configure} writes Caliper's
 * network and benchmark configurations and the plan from the W1 report just written; {@code
 * compare} reads Caliper's report and the workload module's records back and writes the comparison
 * page and its JSON.
 */
@Command(
    name = "caliper",
    mixinStandardHelpOptions = true,
    subcommands = {CaliperCommand.Configure.class, CaliperCommand.Compare.class},
    description = "Caliper's configuration for a W1 run, and the comparison of the two.")
public final class CaliperCommand {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** Runs a subcommand; exits non-zero with a message on bad input. */
  public static void main(String[] args) {
    System.exit(new CommandLine(CaliperCommand.class).execute(args));
  }

  @Command(name = "configure", description = "Writes Caliper's configuration for a W1 run.")
  static final class Configure implements Callable<Integer> {

    @Option(names = "--client", required = true, description = "clients/platform.properties")
    Path client;

    @Option(names = "--w1-report", required = true, description = "the W1 run's JSON report")
    Path w1Report;

    @Option(names = "--run-id", required = true, description = "prefix of Caliper's ids")
    String runId;

    @Option(names = "--seconds", required = true, description = "seconds per round")
    int seconds;

    @Option(names = "--workload-module", required = true, description = "record-earning.js")
    Path workloadModule;

    @Option(names = "--out-dir", required = true, description = "where the files go")
    Path outDir;

    @Override
    public Integer call() throws IOException {
      CaliperPlan plan = CaliperPlan.fromW1(runId, seconds, readReport(w1Report));
      LedgerConnectionConfig config = LedgerConnectionConfig.fromProperties(client);
      Files.createDirectories(outDir);
      write(outDir.resolve("networkconfig.yaml"), CaliperConfigs.network(config));
      write(
          outDir.resolve("benchconfig.yaml"),
          CaliperConfigs.benchmark(plan, config, workloadModule, outDir.resolve("records")));
      write(outDir.resolve("plan.json"), JSON.writeValueAsString(plan) + "\n");
      System.out.println(
          "Caliper rounds: "
              + String.join(", ", plan.rounds().stream().map(CaliperPlan.Round::label).toList())
              + " ("
              + seconds
              + " s each, "
              + plan.accounts()
              + " accounts)");
      return 0;
    }
  }

  @Command(name = "compare", description = "Writes the W1 / Caliper comparison.")
  static final class Compare implements Callable<Integer> {

    @Option(names = "--plan", required = true, description = "plan.json from configure")
    Path plan;

    @Option(names = "--w1-report", required = true, description = "the W1 run's JSON report")
    Path w1Report;

    @Option(names = "--caliper-report", required = true, description = "Caliper's report.html")
    Path caliperReport;

    @Option(names = "--records-dir", required = true, description = "the workload's records")
    Path recordsDir;

    @Option(names = "--tool", required = true, description = "Caliper and binding versions")
    String tool;

    @Option(names = "--files", required = true, description = "where Caliper's report and log are")
    String files;

    @Option(names = "--out", required = true, description = "output prefix: .md and .json")
    String out;

    @Override
    public Integer call() throws IOException {
      CaliperPlan p = JSON.readValue(plan.toFile(), CaliperPlan.class);
      BenchReport w1 = readReport(w1Report);
      List<CaliperRound> rounds = CaliperRounds.read(p, caliperReport, recordsDir);
      String md = CaliperComparison.markdown(w1, rounds, tool, files);
      write(Path.of(out + ".md"), md);
      write(
          Path.of(out + ".json"),
          JSON.writeValueAsString(CaliperComparison.figures(w1, p, rounds, tool)) + "\n");
      System.out.print(md);
      return 0;
    }
  }

  private static BenchReport readReport(Path file) throws IOException {
    return ReportJson.read(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
