package io.timecoin.bench.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes and reads a {@link BenchReport} as JSON: the machine-readable results that later runs are
 * compared with. Keys are sorted so two reports diff cleanly.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private ReportJson() {}

  /** The report as indented JSON. */
  public static String write(BenchReport report) {
    try {
      return MAPPER.writeValueAsString(report) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a bench report could not be written as JSON", e);
    }
  }

  /** Reads a report written by {@link #write}. */
  public static BenchReport read(String json) {
    try {
      return MAPPER.readValue(json, BenchReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a bench report: " + e.getOriginalMessage(), e);
    }
  }
}
