package io.portolan.tools.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV that {@code portinfo diff} writes, safe to open in a spreadsheet, as OWASP advises against
 * CSV (formula) injection: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return gets a leading {@code '}, so that no spreadsheet reads it as a formula.
 * Registry names and ports never start so; a crafted table's may.
 */
final class SpreadsheetCsv {
  private SpreadsheetCsv() {}

  /** Returns {@code cell}, with a leading {@code '} where a spreadsheet would read it as a formula. */
  static String neutralized(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  /**
   * Writes {@code rows} to {@code out} in {@code format}, each cell {@link #neutralized}, and
   * flushes; {@code out} stays open.
   */
  static void write(Appendable out, CSVFormat format, List<List<String>> rows) throws IOException {
    try {
      CSVPrinter printer = new CSVPrinter(out, format);
      for (List<String> row : rows) {
        printer.printRecord(row.stream().map(SpreadsheetCsv::neutralized));
      }
      printer.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
