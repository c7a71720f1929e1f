package io.portolan.processor.parse;

import io.portolan.Transport;
import io.portolan.processor.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Every record of the IANA registry CSV, none skipped: named records with and without a port, and the
 * Unassigned and Reserved ones, with the dates and notes that {@link IanaTableReader} leaves out. It is
 * what a comparison of two registry copies needs to tell a name that lost its port, or a port that was
 * de-assigned, from one that was simply removed.
 */
public final class IanaRecords {
  /**
   * One record of the registry.
   *
   * @param location {@code file:line}
   * @param service the service name, or empty for Unassigned and Reserved ranges
   * @param ports the port or range, or null when the record has none (names for DNS-SD only)
   * @param transports the transport, or none
   * @param description the description
   * @param registered the registration date, or empty
   * @param modified the modification date, or empty
   * @param reference the reference column, such as {@code [RFC4744][RFC9900]}
   * @param notes the assignment notes
   */
  public record Record(String location, String service, PortRange ports, Set<Transport> transports,
      String description, String registered, String modified, String reference, String notes) {}

  /** An inclusive range of ports; one port when {@code first == last}. */
  public record PortRange(int first, int last) {}

  private IanaRecords() {}

  /**
   * Reads every record of {@code source}, or returns null, having reported why, when the table cannot
   * be read. Records with a malformed port or an unknown transport are reported and left out.
   */
  public static List<Record> read(SourceText source, Problems problems) {
    CsvTable table = CsvTable.read(source, false, IanaTableReader.REQUIRED, IanaTableReader.OPTIONAL, problems);
    if (table == null) {
      return null;
    }
    List<Record> records = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String portText = row.get(IanaTableReader.PORT);
      PortRange ports = null;
      if (!portText.isEmpty()) {
        Fields.Ports parsed = Fields.ports(portText, row.location(), problems);
        if (parsed == null) {
          continue;
        }
        ports = new PortRange(parsed.first(), parsed.last());
      }
      Set<Transport> transports = Fields.transports(row.get(IanaTableReader.TRANSPORT), row.location(), problems);
      if (transports == null) {
        continue;
      }
      records.add(new Record(row.location(), row.get(IanaTableReader.SERVICE), ports, transports,
          row.get("description"), row.get("registration date"), row.get("modification date"),
          row.get("reference"), row.get("assignment notes")));
    }
    return records;
  }
}
