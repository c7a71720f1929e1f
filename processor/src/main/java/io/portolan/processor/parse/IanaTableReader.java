package io.portolan.processor.parse;

import io.portolan.Transport;
import io.portolan.processor.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the IANA Service Name and Transport Protocol Port Number Registry in the CSV form IANA
 * serves: twelve columns, records ended by CRLF, line breaks inside quoted fields.
 *
 * <p>Rows without a service name (Unassigned, Reserved) or without a port (names for DNS-SD only)
 * are skipped: they name no port to generate. Every other row is registered, so official, except a
 * record whose Assignment Notes say {@value #WIDESPREAD_USE}: it records a use, not an assignment,
 * so it is unofficial, with a status note that says so. A row
 * whose notes say it is an alias or a duplicate of another service becomes another name of that
 * service.
 */
public final class IanaTableReader implements TableReader {
  static final String SERVICE = "service name";
  static final String PORT = "port number";
  static final String TRANSPORT = "transport protocol";
  static final List<String> REQUIRED = List.of(SERVICE, PORT, TRANSPORT, "description");
  static final List<String> OPTIONAL = List.of("assignee", "contact", "registration date",
      "modification date", "reference", "service code", "unauthorized use reported", "assignment notes");

  private static final Pattern ALIAS_OF = Pattern.compile(
      "(?:alias (?:to|of)|duplicate of(?: the)?)\\s+\"([^\"]+)\"", Pattern.CASE_INSENSITIVE);
  /** The sentence by which the registry records a use that it does not assign. */
  static final String WIDESPREAD_USE = "This entry records an unassigned but widespread use";

  /** The status note of a record of {@link #WIDESPREAD_USE}. */
  public static final String WIDESPREAD_USE_NOTE = "the registry records this as an unassigned but widespread use";

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");

  @Override
  public Table read(SourceText source, Problems problems) {
    CsvTable table = CsvTable.read(source, false, REQUIRED, OPTIONAL, problems);
    if (table == null) {
      return new Table(List.of(), "");
    }
    List<TableRow> rows = new ArrayList<>();
    String newestDate = "";
    for (CsvTable.Row row : table.rows()) {
      for (String date : List.of(row.get("registration date"), row.get("modification date"))) {
        if (DATE.matcher(date).matches() && date.compareTo(newestDate) > 0) {
          newestDate = date;
        }
      }
      String service = row.get(SERVICE);
      String portText = row.get(PORT);
      if (service.isEmpty() || portText.isEmpty()) {
        continue;
      }
      Fields.Ports ports = Fields.ports(portText, row.location(), problems);
      Set<Transport> transports = Fields.transports(row.get(TRANSPORT), row.location(), problems);
      if (ports == null || transports == null) {
        continue;
      }
      String notes = row.get("assignment notes");
      Matcher alias = ALIAS_OF.matcher(notes);
      boolean widespread = notes.contains(WIDESPREAD_USE);
      rows.add(new TableRow(row.location(), (int) row.line(), ports.first(), ports.last(), transports, "",
          service, List.of(), widespread ? RowStatus.UNOFFICIAL : RowStatus.OFFICIAL, row.get("description"),
          Fields.rfcs(row.get("reference")), alias.find() ? alias.group(1) : "", "",
          widespread ? WIDESPREAD_USE_NOTE : "", "", "", ""));
    }
    return new Table(rows, newestDate);
  }
}
