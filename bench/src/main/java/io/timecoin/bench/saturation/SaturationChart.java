package io.timecoin.bench.saturation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws each ramp as a chart against the offered rate: committed tx/s beside the offered rate (the
 * diagonal a network that keeps up stays on) on the left axis, p99 and its bound on the right, and
 * a vertical line at the saturation point, so the knee shows at a glance. One PNG, one chart per
 * workload, one under the other.
 */
public final class SaturationChart {

  private static final int WIDTH = 900;
  private static final int HEIGHT = 420;

  private SaturationChart() {}

  /** Writes the charts of the ramps that have steps to {@code png}; false if none had any. */
  public static boolean write(List<RampResult> ramps, double boundMillis, Path png)
      throws IOException {
    List<XYChart> charts = new ArrayList<>();
    for (RampResult r : ramps) {
      if (!r.steps().isEmpty()) {
        charts.add(chart(r, boundMillis));
      }
    }
    if (charts.isEmpty()) {
      return false;
    }
    // AWT without a display: the bench runs on servers.
    System.setProperty("java.awt.headless", "true");
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(charts, charts.size(), 1, out, BitmapFormat.PNG);
    }
    return true;
  }

  /** The chart of one ramp. */
  static XYChart chart(RampResult r, double boundMillis) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(r.workload() + ": " + r.title())
            .xAxisTitle("offered rate (requests/s)")
            .yAxisTitle("committed tx/s")
            .build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
    chart.setYAxisGroupTitle(1, "p99 latency (ms)");
    List<Double> offered = new ArrayList<>();
    List<Double> committed = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    for (RampStep s : r.steps()) {
      offered.add(s.offeredRate());
      committed.add(s.measurement().txPerSecond());
      p99.add(s.measurement().p99Millis());
    }
    XYSeries ideal = chart.addSeries("offered", offered, offered);
    ideal.setMarker(SeriesMarkers.NONE);
    ideal.setLineColor(Color.LIGHT_GRAY);
    ideal.setLineStyle(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
    XYSeries tx = chart.addSeries("committed tx/s", offered, committed);
    tx.setLineColor(new Color(0x1f77b4));
    tx.setMarkerColor(new Color(0x1f77b4));
    XYSeries latency = chart.addSeries("p99 ms", offered, p99);
    latency.setYAxisGroup(1);
    latency.setLineColor(new Color(0xd62728));
    latency.setMarkerColor(new Color(0xd62728));
    XYSeries bound =
        chart.addSeries(
            "p99 bound " + Math.round(boundMillis) + " ms",
            List.of(offered.get(0), offered.get(offered.size() - 1)),
            List.of(boundMillis, boundMillis));
    bound.setYAxisGroup(1);
    bound.setMarker(SeriesMarkers.NONE);
    bound.setLineColor(new Color(0xd62728));
    bound.setLineStyle(
        new BasicStroke(
            1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {2, 3}, 0));
    r.saturation()
        .ifPresent(s -> chart.addAnnotation(new AnnotationLine(s.offeredRate(), true, false)));
    return chart;
  }
}
