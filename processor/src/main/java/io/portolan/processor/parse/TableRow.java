package io.portolan.processor.parse;

import io.portolan.Transport;
import java.util.List;
import java.util.Set;

/**
 * One row of a port table, as read and before any catalog-wide check.
 *
 * @param location {@code file:line} of the row, for diagnostics
 * @param line the row's line number, 1-based
 * @param firstPort the port, or the first of a range
 * @param lastPort the port again, or the last of a range
 * @param transports the transports; empty when the table names none
 * @param constant the constant name the table gives, or empty to derive one from {@code service}
 * @param service the service name, or empty
 * @param aliases other names of the service
 * @param status the row's status
 * @param description the description, exactly as the table gives it
 * @param rfcs the numbers of the RFCs the row cites
 * @param aliasOf for a row that only records another name of a service: that service's name
 * @param seedStatus the status the table's source gave the row, lower case, where the table keeps it
 *     beside {@code status} (the bundled well-known catalog's {@code seed_status}); otherwise empty
 * @param statusNote what the table says about the row's status, such as where its source and the
 *     registry disagree; otherwise empty
 * @param product the product whose default the row records, from the provenance column; otherwise empty
 * @param source where the row's facts are stated, from the provenance column; otherwise empty
 * @param version the version the row's facts hold for, from the provenance column; otherwise empty
 */
public record TableRow(
    String location,
    int line,
    int firstPort,
    int lastPort,
    Set<Transport> transports,
    String constant,
    String service,
    List<String> aliases,
    RowStatus status,
    String description,
    List<Integer> rfcs,
    String aliasOf,
    String seedStatus,
    String statusNote,
    String product,
    String source,
    String version) {

  /** A row without a seed status or a status note. */
  public TableRow(String location, int line, int firstPort, int lastPort, Set<Transport> transports, String constant,
      String service, List<String> aliases, RowStatus status, String description, List<Integer> rfcs,
      String aliasOf) {
    this(location, line, firstPort, lastPort, transports, constant, service, aliases, status, description, rfcs,
        aliasOf, "", "", "", "", "");
  }

  /** Returns whether the row names a service that should become a constant. */
  public boolean namesService() {
    return status.assignment().isPresent() && (!constant.isEmpty() || !service.isEmpty());
  }
}
