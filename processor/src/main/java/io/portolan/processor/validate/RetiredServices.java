package io.portolan.processor.validate;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Deprecation;
import io.portolan.processor.model.Service;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The names that left the IANA registry, or lost their port there, kept as deprecated services of
 * the bundled registry catalog, so that code using their constants keeps compiling with the same
 * numbers. They come from {@code iana-retired.csv}, one row per name and port (see data/README.md):
 *
 * <ul>
 *   <li>A row becomes a service only while its name is no current service's name (or other name):
 *       a name that is back in the registry, or that moved to another port, is the current service.
 *   <li>Its constant is the row's {@code constant}, pinned when the row was written, so that a later
 *       change of the naming rule cannot rename it; a row without one gets the rule's name
 *       ({@link Naming#constantFor}), with {@code _<port>} when an earlier row has it.
 *   <li>Current services win a clash: a row whose constant a current service has is left out (the
 *       catalogs' stability gate then reports the constant).
 *   <li>The services come after the table's, in the file's order, so that lookups by name find the
 *       current services first.
 *   <li>They are unofficial: the registry no longer assigns them.
 * </ul>
 */
public final class RetiredServices {
  /** The resource, next to {@code iana.csv}, on the processor's class path. */
  public static final String RESOURCE = "io/portolan/data/iana-retired.csv";

  /** The columns of the file, in order, for reading and writing it; {@code constant} may be empty. */
  public static final List<String> COLUMNS =
      List.of("service", "port", "transports", "left", "why", "replacement", "reference", "constant");

  /** Orders retired services after every row of any table. */
  private static final int FIRST_ORDER = 1 << 30;

  private static final Set<String> REASONS = Set.of("removed", "de-assigned", "renamed", "moved", "port withdrawn");
  private static final Pattern PORT = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern RFC = Pattern.compile("RFC(\\d+)");

  /**
   * One row of {@code iana-retired.csv}.
   *
   * @param service the name as the registry spelt it
   * @param firstPort the port it had, or the first of its range
   * @param lastPort the port again, or the last of its range
   * @param transports the transports it had there
   * @param constant the pinned constant name, or empty
   * @param deprecation when and why it left
   * @param rfcs the numbers of the RFCs the row's reference cites
   * @param line the row's line in the file
   */
  public record Row(String service, int firstPort, int lastPort, Set<Transport> transports, String constant,
      Deprecation deprecation, List<Integer> rfcs, int line) {}

  private RetiredServices() {}

  /**
   * Reads the rows of {@code csv}, the text of an {@code iana-retired.csv}.
   *
   * @throws IllegalArgumentException naming the line and what is wrong with it
   */
  public static List<Row> read(String csv) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      List<String> header = parser.getHeaderNames();
      if (!header.equals(COLUMNS)) {
        throw new IllegalArgumentException("line 1: expected the columns " + COLUMNS + ", found " + header);
      }
      for (CSVRecord record : parser) {
        rows.add(row(record, (int) parser.getCurrentLineNumber()));
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return rows;
  }

  private static Row row(CSVRecord record, int line) {
    if (!record.isConsistent()) {
      throw new IllegalArgumentException("line " + line + ": expected " + COLUMNS.size() + " fields, found "
          + record.size());
    }
    String service = record.get("service");
    Matcher port = PORT.matcher(record.get("port"));
    String why = record.get("why");
    String date = record.get("left");
    String constant = record.get("constant");
    String problem = service.isEmpty() ? "the service is empty"
        : !port.matches() ? "\"" + record.get("port") + "\" is not a port or range"
        : !REASONS.contains(why) ? "\"" + why + "\" is not one of " + new java.util.TreeSet<>(REASONS)
        : !DATE.matcher(date).matches() ? "\"" + date + "\" is not a date yyyy-mm-dd"
        : !constant.isEmpty() && Naming.whyNotConstant(constant) != null
            ? "\"" + constant + "\" is not a constant name: " + Naming.whyNotConstant(constant)
        : null;
    if (problem != null) {
      throw new IllegalArgumentException("line " + line + ": " + problem);
    }
    int first = Integer.parseInt(port.group(1));
    int last = port.group(2) == null ? first : Integer.parseInt(port.group(2));
    if (last > 65535 || last < first) {
      throw new IllegalArgumentException("line " + line + ": \"" + record.get("port") + "\" is not a port or range");
    }
    Set<Transport> transports = EnumSet.noneOf(Transport.class);
    for (String keyword : record.get("transports").split(" ")) {
      Transport transport = null;
      for (Transport candidate : Transport.values()) {
        if (candidate.keyword().equals(keyword)) {
          transport = candidate;
        }
      }
      if (transport == null) {
        throw new IllegalArgumentException("line " + line + ": unknown transport \"" + keyword + "\"");
      }
      transports.add(transport);
    }
    List<Integer> rfcs = new ArrayList<>();
    Matcher rfc = RFC.matcher(record.get("reference"));
    while (rfc.find()) {
      rfcs.add(Integer.parseInt(rfc.group(1)));
    }
    return new Row(service, first, last, transports, constant,
        new Deprecation(why, date, record.get("replacement"), record.get("reference")), List.copyOf(rfcs), line);
  }

  /**
   * Returns the deprecated services that {@code rows} give beside {@code current}, the catalog's
   * current services, in the rows' order.
   *
   * @param file the file's name, for the services' locations
   */
  public static List<Service> services(List<Row> rows, List<Service> current, String file) {
    Set<String> currentNames = new HashSet<>();
    Set<String> constants = new HashSet<>();
    for (Service service : current) {
      currentNames.add(Catalog.key(service.effectiveServiceName()));
      currentNames.addAll(service.aliases());
      constants.add(service.constant());
    }
    List<Service> retired = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Row row : rows) {
      if (currentNames.contains(Catalog.key(row.service()))) {
        continue;
      }
      String constant = row.constant();
      if (constant.isEmpty()) {
        constant = Naming.constantFor(row.service());
        if (constant.isEmpty()) {
          continue;
        }
        if (names.contains(constant)) {
          constant = Naming.onPort(constant, row.firstPort());
        }
      }
      if (constants.contains(constant) || !names.add(constant)) {
        continue;
      }
      retired.add(new Service(constant, row.firstPort(), row.lastPort(), row.transports(), row.service(), List.of(),
          Assignment.UNOFFICIAL, row.deprecation().phrase() + ".", row.rfcs(), file + ":" + row.line(),
          FIRST_ORDER + retired.size(), row.deprecation()));
    }
    return retired;
  }
}
