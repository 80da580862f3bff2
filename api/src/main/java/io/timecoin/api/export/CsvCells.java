package io.timecoin.api.export;

/**
 * CSV cells that a spreadsheet will not run: a cell starting with {@code = + - @}, a tab or a
 * carriage return gets a leading apostrophe (OWASP's advice against formula injection; a negative
 * amount therefore reads {@code '-5.00}), and every cell is quoted as RFC 4180 says.
 */
public final class CsvCells {

  private CsvCells() {}

  /** One cell, neutralised and quoted; null becomes an empty cell. */
  public static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    String safe =
        first == '='
                || first == '+'
                || first == '-'
                || first == '@'
                || first == '\t'
                || first == '\r'
            ? "'" + value
            : value;
    return '"' + safe.replace("\"", "\"\"") + '"';
  }
}
