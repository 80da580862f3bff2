package io.timecoin.bench.saturation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.timecoin.bench.workload.BenchContext;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The command-line options of the saturation run ({@code --saturation}), mixed into the bench
 * command, and writing its results: {@code <out>.json}, {@code <out>.md} and the chart {@code
 * <out>.png} next to them.
 */
public final class SaturationOptions {

  @Option(
      names = "--saturation",
      description =
          "instead of the workloads' levels, ramp W0, W0K, W1 and W2 (those among --workloads) past"
              + " saturation with the CPU of every process sampled, and write the floors and charts")
  private boolean enabled;

  @Option(names = "--ramp-start", description = "first offered rate, tx/s (default 10; quick 5)")
  private Double start;

  @Option(names = "--ramp-factor", description = "rate increase per step (default 1.4; quick 2)")
  private Double factor;

  @Option(names = "--ramp-max", defaultValue = "5000", description = "highest offered rate, tx/s")
  private double max;

  @Option(
      names = "--ramp-step-seconds",
      description = "seconds each rate is offered (default 30; quick 5)")
  private Double stepSeconds;

  @Option(
      names = "--ramp-workers",
      description = "most requests in flight, one key or account each (default 256; quick 64)")
  private Integer workers;

  @Option(
      names = "--p99-bound-ms",
      defaultValue = "2000",
      description = "p99 latency bound of the saturation point, ms")
  private double p99BoundMillis;

  /** Whether {@code --saturation} was given. */
  public boolean enabled() {
    return enabled;
  }

  /**
   * The ramp these options describe.
   *
   * @throws IllegalArgumentException naming what is wrong with them.
   */
  public RampSettings settings(boolean quick) {
    return new RampSettings(
        new RampPlan(
            start != null ? start : quick ? 5 : 10, factor != null ? factor : quick ? 2 : 1.4, max),
        stepSeconds != null ? stepSeconds : quick ? 5 : 30,
        workers != null ? workers : quick ? 64 : 256,
        p99BoundMillis);
  }

  /**
   * Runs the ramps and writes the results to {@code out} plus {@code .json}, {@code .md} and {@code
   * .png}.
   */
  public void run(
      BenchContext context,
      RampSettings settings,
      List<String> workloads,
      String date,
      String label,
      boolean quick,
      String fabricVersion,
      Map<String, String> network,
      Path out,
      PrintWriter console)
      throws Exception {
    List<RampResult> ramps = SaturationRun.ramps(context, workloads, settings);
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path png = Path.of(out + ".png");
    boolean drawn = SaturationChart.write(ramps, settings.p99BoundMillis(), png);
    context.say("measuring one ECDSA P-256 signature and verification");
    SaturationReport report =
        SaturationRun.report(
            date,
            label,
            quick,
            fabricVersion,
            network,
            settings,
            ramps,
            drawn ? png.getFileName().toString() : "");
    Path json = Path.of(out + ".json");
    Path md = Path.of(out + ".md");
    Files.writeString(json, json(report), StandardCharsets.UTF_8);
    String markdown = SaturationMarkdown.render(report);
    Files.writeString(md, markdown, StandardCharsets.UTF_8);
    console.println();
    console.println(markdown);
    console.println("results: " + json + ", " + md + (drawn ? " and " + png : ""));
    console.flush();
  }

  static String json(SaturationReport report) throws JsonProcessingException {
    return new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .writeValueAsString(report)
        + "\n";
  }
}
