package io.timecoin.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @Test
  void neutralises_cells_a_spreadsheet_would_run_as_formulas() {
    assertThat(CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(CsvCells.cell("+1")).isEqualTo("\"'+1\"");
    assertThat(CsvCells.cell("-5.00")).isEqualTo("\"'-5.00\"");
    assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(CsvCells.cell("\tx")).isEqualTo("\"'\tx\"");
    assertThat(CsvCells.cell("\rx")).isEqualTo("\"'\rx\"");
  }

  @Test
  void quotes_plain_cells_and_leaves_empty_ones_empty() {
    assertThat(CsvCells.cell("vol-42")).isEqualTo("\"vol-42\"");
    assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvCells.cell(null)).isEmpty();
  }
}
