package io.portolan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.data.BundledData.DefaultRow;
import io.portolan.data.WellKnownCatalogTest.IanaRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the software-defaults catalog, {@code defaults.csv}: every row sourced, well-formed and
 * unique, and its status the bundled IANA registry's verdict. The rules are in
 * {@code data/README.md}.
 */
class DefaultsCatalogTest {
  private static final List<String> TRANSPORT_ORDER = List.of("tcp", "udp", "sctp", "dccp");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  /** A page of the product's own documentation or repository. */
  private static final Pattern URL = Pattern.compile("https://[a-z0-9.-]+\\.[a-z]{2,}/\\S*");
  /** A Debian package's file: {@code debian:PACKAGE VERSION /path/in/the/package}. */
  private static final Pattern DEBIAN = Pattern.compile("debian:[a-z0-9][a-z0-9.+-]+ [0-9][A-Za-z0-9.+~:-]* /\\S+");

  private static List<DefaultRow> rows;
  private static List<IanaRecord> iana;

  @BeforeAll
  static void load() throws IOException {
    rows = BundledData.defaults();
    try (InputStream in = DefaultsCatalogTest.class.getResourceAsStream("/io/portolan/data/iana.csv")) {
      iana = IanaRecord.parseAll(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void fileIsUtf8WithLfLineEndsAndACommentedHeader() throws IOException {
    String text = BundledData.defaultsText();
    assertFalse(text.contains("\r"), "LF line ends");
    assertTrue(text.startsWith("# Portolan: "), "a comment says what the file is");
    assertTrue(text.endsWith("\n"), "ends with a line end");
  }

  @Test
  void coversAtLeast200ServicesOf120Products() {
    Set<String> products = rows.stream().map(DefaultRow::product).collect(Collectors.toSet());
    assertTrue(rows.size() >= 200, rows.size() + " services");
    assertTrue(products.size() >= 120, products.size() + " products");
  }

  @Test
  void everyRowHasASourceAVersionAndAProduct() {
    for (DefaultRow row : rows) {
      String where = "defaults.csv line " + row.line() + " (" + row.constant() + ")";
      assertTrue(URL.matcher(row.source()).matches() || DEBIAN.matcher(row.source()).matches(),
          where + ": the source is a URL or debian:PACKAGE VERSION /path, not \"" + row.source() + "\"");
      assertFalse(row.version().isBlank(), where + ": version");
      assertFalse(row.product().isBlank(), where + ": product");
      assertFalse(row.description().isBlank(), where + ": description");
    }
  }

  @Test
  void portsTransportsAndConstantsAreWellFormed() {
    for (DefaultRow row : rows) {
      String where = "defaults.csv line " + row.line() + " (" + row.constant() + ")";
      // The well-known catalog names the ports 0-1023.
      assertTrue(1024 <= row.firstPort() && row.firstPort() <= row.lastPort() && row.lastPort() <= 65535,
          where + ": port in 1024-65535");
      assertFalse(row.transports().isEmpty(), where + ": transports");
      List<String> ordered = new ArrayList<>(row.transports());
      ordered.sort(Comparator.comparingInt(TRANSPORT_ORDER::indexOf));
      assertTrue(TRANSPORT_ORDER.containsAll(row.transports()), where + ": known transports");
      assertEquals(ordered, row.transports(), where + ": transports in the order tcp udp sctp dccp");
      assertTrue(CONSTANT.matcher(row.constant()).matches() && !SourceVersion.isKeyword(row.constant()),
          where + ": constant");
    }
  }

  @Test
  void noNameMeansTwoPortsAndRowsAreInPortOrder() {
    Map<String, Integer> ports = new TreeMap<>();
    for (DefaultRow row : rows) {
      Integer earlier = ports.put(row.constant(), row.firstPort());
      assertEquals(null, earlier, row.constant() + " names two rows");
    }
    List<DefaultRow> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingInt(DefaultRow::firstPort).thenComparing(DefaultRow::constant));
    assertEquals(sorted, rows, "rows ordered by port, then constant");
  }

  @Test
  void officialExactlyWhereTheRegistryAssignsThePortToTheService() {
    for (DefaultRow row : rows) {
      String where = "defaults.csv line " + row.line() + " (" + row.constant() + ")";
      if (row.service().isEmpty()) {
        assertEquals("unofficial", row.status(), where);
        continue;
      }
      assertEquals("official", row.status(), where + ": a row with an IANA service");
      Set<String> assigned = new LinkedHashSet<>();
      for (IanaRecord record : iana) {
        if (record.name().equalsIgnoreCase(row.service()) && record.port().equals(Integer.toString(row.firstPort()))
            && row.transports().contains(record.transport())) {
          assigned.add(record.transport());
        }
      }
      assertFalse(assigned.isEmpty(), where + ": IANA assigns " + row.service() + " on " + row.firstPort());
      String expectedNote = assigned.size() == row.transports().size() ? ""
          : "IANA assigns " + row.service() + " on " + row.firstPort() + "/" + String.join(" ", assigned) + " only";
      assertEquals(expectedNote, row.statusNote(), where + ": status_note");
    }
  }

  @Test
  void unofficialRowsSayWhatTheRegistryHasOnThePort() {
    for (DefaultRow row : rows) {
      if (!row.service().isEmpty()) {
        continue;
      }
      String where = "defaults.csv line " + row.line() + " (" + row.constant() + ")";
      Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      for (IanaRecord record : iana) {
        if (!record.name().isEmpty() && !record.port().isEmpty() && row.transports().contains(record.transport())
            && overlaps(record.port(), row)) {
          names.add(record.name());
        }
      }
      if (row.firstPort() != row.lastPort()) {
        assertEquals(names.isEmpty() ? "IANA assigns no service on ports of this range"
            : "IANA assigns " + names.size() + " services on ports of this range", row.statusNote(), where);
      } else if (names.isEmpty()) {
        assertTrue(row.statusNote().startsWith("IANA lists port " + row.firstPort() + " as "), where + ": "
            + row.statusNote());
      } else {
        assertTrue(row.statusNote().startsWith("IANA assigns port " + row.firstPort() + " to "), where);
        for (String name : names) {
          assertTrue(row.statusNote().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)),
              where + ": the note names " + name);
        }
      }
    }
  }

  /**
   * The service name the processor derives for a row without an IANA service (its constant in lower
   * case, hyphenated) never claims an IANA keyword, but where the constant takes the bare name from
   * the registry (names.csv gives the registry's service its {@code _<port>} form).
   */
  @Test
  void derivedServiceNamesAreNoIanaKeywordsButWhereTheNameWasTakenOver() {
    Set<String> keywords = new HashSet<>();
    for (IanaRecord record : iana) {
      if (!record.port().isEmpty()) {
        keywords.add(record.name().toLowerCase(Locale.ROOT));
      }
    }
    Set<String> claimed = new TreeSet<>();
    for (DefaultRow row : rows) {
      String derived = row.constant().toLowerCase(Locale.ROOT).replace('_', '-');
      if (row.service().isEmpty() && keywords.contains(derived)) {
        claimed.add(row.constant());
      }
    }
    assertEquals(Set.of("NOMAD", "ORACLE"), claimed);
  }

  private static boolean overlaps(String port, DefaultRow row) {
    String[] bounds = port.split("-");
    return Integer.parseInt(bounds[0]) <= row.lastPort() && row.firstPort() <= Integer.parseInt(bounds[bounds.length - 1]);
  }
}
