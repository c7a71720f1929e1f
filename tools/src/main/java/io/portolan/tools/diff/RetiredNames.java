package io.portolan.tools.diff;

import io.portolan.processor.validate.Naming;
import io.portolan.processor.validate.RetiredServices;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * The names a registry update retires: services removed, renamed, moved or whose port was withdrawn
 * (each changes or takes away the number of a constant), one entry per name and port, in the form of
 * the bundled {@code iana-retired.csv}.
 */
public final class RetiredNames {
  private static final Pattern RFC = Pattern.compile("RFC\\s?(\\d+)", Pattern.CASE_INSENSITIVE);

  /**
   * One retired name on one port.
   *
   * @param service the name as the registry spelt it
   * @param port the port it had, or a range
   * @param transports the transports it had there, space-separated
   * @param left the date it left: the registry's date for the change, else the new copy's date
   * @param why {@code removed}, {@code de-assigned}, {@code renamed}, {@code moved} or {@code port withdrawn}
   * @param replacement the new name on the port, for {@code renamed}; the new port, for {@code moved};
   *     otherwise empty
   * @param reference the RFCs the registry's note cites, such as {@code RFC9900}, space-separated
   * @param constant the name of the deprecated constant the registry catalog keeps for it: the naming
   *     rule's name for the service, with {@code _<port>} when an earlier entry has that name
   */
  public record Retirement(String service, String port, String transports, String left, String why,
      String replacement, String reference, String constant) {}

  private RetiredNames() {}

  /** Returns the names {@code report} retires, in its order. */
  public static List<Retirement> of(DiffReport report) {
    Map<String, Retirement> retired = new LinkedHashMap<>();
    Map<String, String> constants = new HashMap<>();
    for (Change change : report.changes()) {
      String why;
      switch (change.kind()) {
        case REMOVED:
          why = "removed";
          break;
        case RENAMED:
          why = "renamed";
          break;
        case PORT_WITHDRAWN:
          why = "port withdrawn";
          break;
        case MOVED:
          why = "moved";
          break;
        default:
          continue;
      }
      if (change.note().toLowerCase(Locale.ROOT).contains("de-assigned")) {
        why = "de-assigned";
      }
      String key = change.service().toLowerCase(Locale.ROOT) + "|" + change.port();
      Retirement known = retired.get(key);
      if (known != null) {
        retired.put(key, new Retirement(known.service(), known.port(), known.transports() + " " + change.transport(),
            known.left(), known.why(), known.replacement(), known.reference(), known.constant()));
        continue;
      }
      String left = change.date().isEmpty() ? report.afterDate() : change.date();
      String replacement = change.kind() == ChangeKind.RENAMED || change.kind() == ChangeKind.MOVED ? change.after() : "";
      String constant = Naming.constantFor(change.service());
      if (constants.containsKey(constant) && !constants.get(constant).equals(change.port())) {
        constant = Naming.onPort(constant, Integer.parseInt(change.port().replaceFirst("-.*", "")));
      }
      constants.putIfAbsent(constant, change.port());
      retired.put(key, new Retirement(change.service(), change.port(), change.transport(), left, why, replacement,
          references(change.note()), constant));
    }
    return new ArrayList<>(retired.values());
  }

  /** Writes {@code retirements} as CSV with LF line ends, after a header line when {@code header} is set. */
  public static void writeCsv(List<Retirement> retirements, boolean header, Appendable out) throws IOException {
    CSVFormat.Builder format = CSVFormat.RFC4180.builder().setRecordSeparator("\n");
    if (header) {
      format.setHeader(RetiredServices.COLUMNS.toArray(new String[0]));
    }
    SpreadsheetCsv.write(out, format.get(), retirements.stream().map(retirement -> List.of(retirement.service(),
        retirement.port(), retirement.transports(), retirement.left(), retirement.why(), retirement.replacement(),
        retirement.reference(), retirement.constant())).toList());
  }

  private static String references(String note) {
    StringJoiner references = new StringJoiner(" ");
    Matcher matcher = RFC.matcher(note);
    while (matcher.find()) {
      references.add("RFC" + matcher.group(1));
    }
    return references.toString();
  }
}
