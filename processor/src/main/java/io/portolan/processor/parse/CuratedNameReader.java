package io.portolan.processor.parse;

import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import io.portolan.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the curated naming layer of the bundled catalogs, {@code io/portolan/data/names.csv}: a
 * header line, then one row per name with the columns {@code constant}, {@code port},
 * {@code transports}, {@code service} and {@code reason} (see {@code data/README.md}).
 */
public final class CuratedNameReader {
  static final List<String> REQUIRED = List.of("constant", "port", "service", "reason");
  static final List<String> OPTIONAL = List.of("transports");

  /**
   * One curated name.
   *
   * @param constant the constant name
   * @param port the port it names
   * @param transports the transports of the service it names there; empty when the row gives none
   * @param service the IANA keyword it stands for, or empty when IANA names no service for the use
   * @param reason why the catalogs have the name
   * @param location {@code file:line} of the row
   */
  public record CuratedName(String constant, int port, Set<Transport> transports, String service, String reason,
      String location) {}

  private CuratedNameReader() {}

  /** Returns the rows of {@code source}, having reported to {@code problems} any that cannot be read. */
  public static List<CuratedName> read(SourceText source, Problems problems) {
    CsvTable table = CsvTable.read(source, true, REQUIRED, OPTIONAL, problems);
    if (table == null) {
      return List.of();
    }
    List<CuratedName> names = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      Fields.Ports ports = Fields.ports(row.get("port"), row.location(), problems);
      if (ports == null) {
        continue;
      }
      if (ports.first() != ports.last()) {
        problems.add(Message.BAD_PORT, row.location(), row.get("port"));
        continue;
      }
      Set<Transport> transports = Fields.transports(row.get("transports"), row.location(), problems);
      if (transports == null) {
        continue;
      }
      names.add(new CuratedName(row.get("constant"), ports.first(), transports, row.get("service"), row.get("reason"),
          row.location()));
    }
    return List.copyOf(names);
  }
}
