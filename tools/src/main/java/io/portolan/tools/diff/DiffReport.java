package io.portolan.tools.diff;

import io.portolan.processor.problem.Message;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.commons.csv.CSVFormat;

/**
 * What changed between two port tables: the changed services in report order (by kind, then port,
 * name and transport), and how many stayed as they were.
 *
 * @param before the old table's name
 * @param beforeDate the old table's newest date, or empty
 * @param after the new table's name
 * @param afterDate the new table's newest date, or empty
 * @param changes the changes, one per changed service
 * @param unchanged the number of services with the same name, port, transport and description in both
 */
public record DiffReport(String before, String beforeDate, String after, String afterDate, List<Change> changes,
    int unchanged) {
  /** The columns of the CSV form, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of("change", "service", "port", "transport", "before", "after", "date", "note");

  /** Creates the report; the list of changes is copied. */
  public DiffReport {
    changes = List.copyOf(changes);
  }

  /** Returns the number of changes of each kind, every kind included. */
  public Map<ChangeKind, Integer> counts() {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (ChangeKind kind : ChangeKind.values()) {
      counts.put(kind, 0);
    }
    changes.forEach(change -> counts.merge(change.kind(), 1, Integer::sum));
    return counts;
  }

  /** Returns the summary line, such as {@code 8 added, 0 removed, ...; 14000 unchanged}. */
  public String summary() {
    StringJoiner summary = new StringJoiner(", ", "Summary: ", "; " + unchanged + " unchanged");
    counts().forEach((kind, count) -> summary.add(count + " " + kind.label()));
    return summary.toString();
  }

  /**
   * Writes the report for people: a heading naming both tables, one line per change, a summary. A
   * line starts with the kind, then names the service as {@code name port/transport}.
   */
  public void writeText(Appendable out) throws IOException {
    // Names, descriptions and notes come from the tables: escaped, so that none can move the
    // cursor, retitle a terminal or reverse the text after it.
    out.append(Message.escape("Changes from " + describe(before, beforeDate) + " to " + describe(after, afterDate)))
        .append(":\n");
    for (Change change : changes) {
      out.append(Message.escape(line(change))).append('\n');
    }
    out.append(summary()).append('\n');
  }

  /**
   * Writes the report for scripts: RFC 4180 CSV with LF line ends, the {@link #CSV_COLUMNS} header,
   * one row per change, each cell safe to open in a spreadsheet ({@link SpreadsheetCsv}).
   */
  public void writeCsv(Appendable out) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setRecordSeparator("\n")
        .setHeader(CSV_COLUMNS.toArray(new String[0]))
        .get();
    SpreadsheetCsv.write(out, format, changes.stream().map(change -> List.of(change.kind().keyword(),
        change.service(), change.port(), change.transport(), change.before(), change.after(), change.date(),
        change.note())).toList());
  }

  /** Returns the text report's line for {@code change}. */
  public static String line(Change change) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-19s %s %s/%s", change.kind().label(), change.service(),
        change.port(), change.transport()));
    switch (change.kind()) {
      case ADDED:
        line.append(' ').append(quote(change.after()));
        break;
      case REMOVED:
        line.append(' ').append(quote(change.before()));
        break;
      case PORT_WITHDRAWN:
        line.append(": the name stays, without a port");
        break;
      case RENAMED:
        line.append(" -> ").append(change.after());
        break;
      case MOVED:
        line.append(" -> port ").append(change.after());
        break;
      case TRANSPORTS_CHANGED:
      case DESCRIPTION_CHANGED:
        line.append(": ").append(quoteIfDescription(change, change.before())).append(" -> ")
            .append(quoteIfDescription(change, change.after()));
        break;
      default:
        throw new AssertionError(change.kind());
    }
    StringJoiner details = new StringJoiner("; ", " (", ")").setEmptyValue("");
    if (!change.date().isEmpty()) {
      details.add(change.date());
    }
    if (!change.note().isEmpty()) {
      details.add(change.note());
    }
    return line.append(details).toString();
  }

  private static String quoteIfDescription(Change change, String value) {
    return change.kind() == ChangeKind.DESCRIPTION_CHANGED ? quote(value) : value;
  }

  /** Quotes a description on one line: line breaks become {@code \n}. */
  private static String quote(String text) {
    return "\"" + text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n") + "\"";
  }

  private static String describe(String name, String date) {
    return date.isEmpty() ? name : name + " (" + date + ")";
  }
}
