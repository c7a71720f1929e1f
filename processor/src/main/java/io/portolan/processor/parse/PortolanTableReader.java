package io.portolan.processor.parse;

import io.portolan.Transport;
import io.portolan.processor.problem.Message;
import io.portolan.processor.problem.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Portolan's own CSV format: a header line, then one row per service and port, with the
 * columns {@code port}, {@code transports}, {@code constant}, {@code service}, {@code aliases},
 * {@code status}, {@code seed_status}, {@code status_note}, {@code description} and {@code references}, and the
 * provenance columns {@code product}, {@code source} and {@code version}, which say where a row's facts come
 * from and which the generated Javadoc states. Only {@code port} and {@code transports} are required, and one of {@code constant}
 * and {@code service}. Lines starting
 * with {@code #} are comments.
 */
public final class PortolanTableReader implements TableReader {
  static final List<String> REQUIRED = List.of("port", "transports");
  static final List<String> OPTIONAL =
      List.of("constant", "service", "aliases", "status", "seed_status", "status_note", "description",
          "references", "product", "source", "version");

  @Override
  public Table read(SourceText source, Problems problems) {
    CsvTable table = CsvTable.read(source, true, REQUIRED, OPTIONAL, problems);
    if (table == null) {
      return new Table(List.of(), "");
    }
    if (!table.columns().contains("constant") && !table.columns().contains("service")) {
      problems.add(Message.MISSING_COLUMN, source.at(table.headerLine()), "constant\" or \"service", table.columns());
      return new Table(List.of(), "");
    }
    List<TableRow> rows = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      TableRow parsed = parse(row, problems);
      if (parsed != null) {
        rows.add(parsed);
      }
    }
    return new Table(rows, "");
  }

  private static TableRow parse(CsvTable.Row row, Problems problems) {
    String location = row.location();
    boolean valid = true;

    String portText = row.get("port");
    Fields.Ports ports = null;
    if (portText.isEmpty()) {
      problems.add(Message.MISSING_PORT, location);
      valid = false;
    } else {
      ports = Fields.ports(portText, location, problems);
      valid &= ports != null;
    }

    Set<Transport> transports = Fields.transports(row.get("transports"), location, problems);
    valid &= transports != null;
    if (transports != null && transports.isEmpty()) {
      problems.add(Message.MISSING_TRANSPORT, location);
      valid = false;
    }

    String statusText = row.get("status");
    RowStatus status = RowStatus.UNOFFICIAL;
    if (!statusText.isEmpty()) {
      status = RowStatus.ofKeyword(statusText).orElse(null);
      if (status == null) {
        problems.add(Message.UNKNOWN_STATUS, location, statusText);
        valid = false;
      }
    }

    String seedStatusText = row.get("seed_status");
    if (!seedStatusText.isEmpty() && RowStatus.ofKeyword(seedStatusText).flatMap(RowStatus::assignment).isEmpty()) {
      problems.add(Message.UNKNOWN_SEED_STATUS, location, seedStatusText);
      valid = false;
    }

    String constant = row.get("constant");
    String service = row.get("service");
    if (constant.isEmpty() && service.isEmpty() && status != null && status.assignment().isPresent()) {
      problems.add(Message.MISSING_NAME, location);
      valid = false;
    }

    List<Integer> rfcs = new ArrayList<>();
    for (String reference : Fields.words(row.get("references"))) {
      List<Integer> cited = Fields.rfcs(reference);
      if (cited.isEmpty()) {
        problems.add(Message.BAD_REFERENCE, location, reference);
      }
      rfcs.addAll(cited);
    }

    if (!valid) {
      return null;
    }
    return new TableRow(location, (int) row.line(), ports.first(), ports.last(), transports, constant, service,
        Fields.words(row.get("aliases")), status, row.get("description"), rfcs, "",
        seedStatusText.toLowerCase(Locale.ROOT), row.get("status_note"), row.get("product"), row.get("source"),
        row.get("version"));
  }
}
