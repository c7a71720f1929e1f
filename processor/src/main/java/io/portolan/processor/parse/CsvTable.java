package io.portolan.processor.parse;

import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV table with a header line, read with Apache Commons CSV, whose rows know their line. */
final class CsvTable {
  /**
   * One data row.
   *
   * @param line the line the row starts on
   * @param location {@code file:line}
   * @param fields the row's values by lower-case column name; missing cells are empty strings
   */
  record Row(long line, String location, Map<String, String> fields) {
    String get(String column) {
      return fields.getOrDefault(column, "");
    }
  }

  private final List<String> columns;
  private final long headerLine;
  private final List<Row> rows;

  private CsvTable(List<String> columns, long headerLine, List<Row> rows) {
    this.columns = columns;
    this.headerLine = headerLine;
    this.rows = rows;
  }

  List<String> columns() {
    return columns;
  }

  /** Returns the line of the header. */
  long headerLine() {
    return headerLine;
  }

  List<Row> rows() {
    return rows;
  }

  /**
   * Reads {@code source}, whose first record is the header. Lines starting with {@code #} are
   * comments when {@code comments} is set. Returns null, having reported why, when the table cannot
   * be read at all (malformed quoting, or a required column missing); rows of the wrong width are
   * reported and left out.
   */
  static CsvTable read(SourceText source, boolean comments, List<String> required, List<String> optional,
      Problems problems) {
    CSVFormat.Builder format = CSVFormat.RFC4180.builder()
        .setIgnoreEmptyLines(true)
        .setIgnoreSurroundingSpaces(true);
    if (comments) {
      format.setCommentMarker('#');
    }
    String content = comments ? blankIndentedComments(source.content()) : source.content();
    LineIndex lines = new LineIndex(content, comments);
    List<Row> rows = new ArrayList<>();
    List<String> columns = null;
    long headerLine = 1;
    long line = 1;
    long nextLine = 1;
    try (CSVParser parser = CSVParser.builder()
        .setReader(new StringReader(content))
        .setFormat(format.get())
        .get()) {
      for (CSVRecord record : parser) {
        // A record's position is where the parser started looking for it, before the comments and
        // blank lines it skipped; the record itself starts on the first line that is neither.
        line = lines.contentLineFrom(lines.lineOf(record.getCharacterPosition()));
        nextLine = parser.getCurrentLineNumber() + 1;
        if (columns == null) {
          headerLine = line;
          columns = header(record, source.at(line), required, optional, problems);
          if (columns == null) {
            return null;
          }
          continue;
        }
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (record.size() > columns.size()) {
          problems.add(Message.MALFORMED_CSV, source.at(line),
              "the row has " + record.size() + " fields but the header names " + columns.size());
          continue;
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
          fields.put(columns.get(i), record.get(i));
        }
        int description = columns.indexOf("description");
        if (description >= 0 && description < record.size()
            && unquotedWithSpaces(content, lines.startOf(line), description)) {
          problems.add(Message.SPACES_DROPPED, source.at(line), "description");
        }
        rows.add(new Row(line, source.at(line), fields));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // The record that cannot be read starts after the last one read.
      problems.add(Message.MALFORMED_CSV, source.at(lines.contentLineFrom(nextLine)), rootMessage(e));
      return null;
    }
    if (columns == null) {
      problems.add(Message.SOURCE_EMPTY, source.at(1));
      return null;
    }
    return new CsvTable(columns, headerLine, rows);
  }

  /**
   * Tells whether field {@code index} of the record at {@code start} is unquoted and has white space
   * before or after its text, which the parser drops.
   */
  static boolean unquotedWithSpaces(String text, int start, int index) {
    int i = start;
    int field = 0;
    while (i <= text.length()) {
      int fieldStart = i;
      int first = i;
      while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      boolean quoted = first < text.length() && text.charAt(first) == '"';
      i = first;
      if (quoted) {
        i++;
        while (i < text.length()) {
          if (text.charAt(i) == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
      }
      while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      if (field == index) {
        String raw = text.substring(fieldStart, i);
        return !quoted && !raw.isBlank() && !raw.equals(raw.strip());
      }
      if (i >= text.length() || text.charAt(i) != ',') {
        return false;
      }
      field++;
      i++;
    }
    return false;
  }

  /**
   * Returns {@code text} with every line whose first character other than white space is
   * {@code #}, outside quoted fields, made empty (its line end kept): the CSV parser only knows
   * comments that start a line.
   */
  static String blankIndentedComments(String text) {
    StringBuilder out = null;
    boolean quoted = false;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && !quoted) {
        int first = i;
        while (first < text.length() && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
          first++;
        }
        if (first > i && first < text.length() && text.charAt(first) == '#') {
          int end = first;
          while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
          }
          if (out == null) {
            out = new StringBuilder(text.length()).append(text, 0, i);
          }
          i = end - 1;
          lineStart = false;
          continue;
        }
      }
      if (c == '"') {
        quoted = !quoted;
      }
      lineStart = c == '\n' || c == '\r';
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static List<String> header(CSVRecord record, String location, List<String> required,
      List<String> optional, Problems problems) {
    List<String> columns = new ArrayList<>();
    for (String name : record) {
      columns.add(name.trim().toLowerCase(Locale.ROOT));
    }
    boolean complete = true;
    for (String column : required) {
      if (!columns.contains(column)) {
        problems.add(Message.MISSING_COLUMN, location, column, columns);
        complete = false;
      }
    }
    for (String column : columns) {
      if (!required.contains(column) && !optional.contains(column)) {
        problems.add(Message.UNKNOWN_COLUMN, location, column);
      }
    }
    return complete ? columns : null;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.toString() : cause.getMessage();
  }

  /** Maps character offsets in a text to 1-based line numbers. */
  static final class LineIndex {
    private final String text;
    private final boolean comments;
    private final int[] starts;

    LineIndex(String text, boolean comments) {
      this.text = text;
      this.comments = comments;
      int[] starts = new int[16];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
        if (lineEnd) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      this.starts = Arrays.copyOf(starts, count);
    }

    /** Returns the offset of the first character of {@code line}. */
    int startOf(long line) {
      return starts[(int) line - 1];
    }

    long lineOf(long offset) {
      int index = Arrays.binarySearch(starts, (int) offset);
      return index >= 0 ? index + 1 : -index - 1;
    }

    /**
     * Returns the first line from {@code line} on that the CSV parser reads as a record: one that is
     * neither empty nor, when comments are on, a comment.
     */
    long contentLineFrom(long line) {
      while (line < starts.length) {
        int start = starts[(int) line - 1];
        char first = text.charAt(start);
        boolean skipped = first == '\n' || first == '\r' || (comments && first == '#');
        if (!skipped) {
          break;
        }
        line++;
      }
      return line;
    }
  }
}
