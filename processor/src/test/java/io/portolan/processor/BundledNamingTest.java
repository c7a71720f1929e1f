package io.portolan.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Assignment;
import io.portolan.Transport;
import io.portolan.processor.CatalogCompiler.Result;
import io.portolan.processor.model.Catalog;
import io.portolan.processor.model.Service;
import io.portolan.processor.request.CatalogRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalogs as the compiler generates them: the curated names, where each
 * {@code assignment()} claim comes from, and every row's text in the Javadoc of its constant.
 */
class BundledNamingTest {
  private static final Pattern INT_CONSTANT =
      Pattern.compile("/\\*\\*(.*?)\\*/\\s*public static final int (\\w+) =", Pattern.DOTALL);

  private static Result wellKnown;
  private static Result iana;

  @BeforeAll
  static void compile() {
    wellKnown = compile("portolan:well-known");
    iana = compile("portolan:iana");
  }

  private static Result compile(String source) {
    Result result = CatalogCompiler.compile(CatalogRequest.builder("t", source).build(),
        CatalogCompiler.TableLoader.of(""));
    assertFalse(result.hasErrors(), result.problems()::toString);
    return result;
  }

  /** Returns the Javadoc of each {@code int} constant of the constants class, on one line. */
  private static Map<String, String> javadocs(Result result) {
    Map<String, String> docs = new HashMap<>();
    Matcher constant = INT_CONSTANT.matcher(result.files().get(1).content());
    while (constant.find()) {
      docs.put(constant.group(2), oneLine(constant.group(1).replaceAll("\n\\s*\\* ?", " ")));
    }
    return docs;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  private static List<CSVRecord> bundled(String resource, boolean comments) throws IOException {
    CSVFormat.Builder format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true);
    if (comments) {
      format.setCommentMarker('#');
    }
    try (InputStream in = BundledNamingTest.class.getClassLoader().getResourceAsStream("io/portolan/data/" + resource);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return format.get().parse(reader).getRecords();
    }
  }

  private static List<Service> services(Result result) {
    return result.catalog().orElseThrow().services();
  }

  private static String registryDate() {
    return iana.catalog().map(Catalog::date).orElseThrow();
  }

  @Test
  void theIanaCatalogHasTheCuratedNamesBesideIanasKeywords() {
    Map<String, String> docs = javadocs(iana);
    // A curated name for the whole service leads; the rule's name is the second constant.
    assertTrue(docs.get("DNS").contains("Service name <code>domain</code>"), docs.get("DNS"));
    assertTrue(docs.get("DOMAIN").startsWith("The naming rule's name for IANA's <code>domain</code> on port 53, the"
        + " same service as {@link #DNS}, Portolan's name for it."), docs.get("DOMAIN"));
    assertTrue(docs.get("HTTP_ALT").contains("Service name <code>http-alt</code>"), docs.get("HTTP_ALT"));
    assertTrue(docs.get("HTTP_ALT_8080").contains("on port 8080"), docs.get("HTTP_ALT_8080"));
    // A curated name for part of a service, HTTP over UDP, stays the second name.
    assertTrue(docs.get("QUIC_HTTP").startsWith("Portolan's name for IANA's <code>http</code> on port 80"),
        docs.get("QUIC_HTTP"));
    assertTrue(docs.get("HTTP_ALT_591").contains("Service name <code>http-alt</code>"), docs.get("HTTP_ALT_591"));
    assertTrue(iana.files().get(1).content().contains("public static final int SLP_1605 = 1605;"));
    assertTrue(iana.files().get(1).content().contains("public static final int SLP = 427;"));
  }

  @Test
  void theEnumOfTheWellKnownCatalogHasTheCuratedNamesAsFields() {
    assertTrue(wellKnown.files().get(0).content().contains("public static final WellKnownPort DHCP_SERVER = BOOTPS;"),
        "DHCP_SERVER is the enum's BOOTPS");
  }

  @Test
  void eachAssignmentSaysWhereItComesFrom() {
    String date = registryDate();
    assertTrue(date.matches("\\d{4}-\\d{2}-\\d{2}"), date);
    Map<String, String> docs = javadocs(wellKnown);
    assertTrue(docs.get("COMPRESSNET_MGMT").contains("Unofficial: not assigned in IANA's registry of " + date
        + ". Listed as Official in the well-known ports table; IANA de-assigned port 2 (compressnet) on 2025-02-13"),
        docs.get("COMPRESSNET_MGMT"));
    assertTrue(docs.get("SMTPS").contains("Official: assigned in IANA's registry of " + date
        + ". Listed as Unofficial in the well-known ports table; IANA assigns submissions (RFC 8314)"),
        docs.get("SMTPS"));
    assertTrue(docs.get("SSH").contains("Official: assigned in IANA's registry of " + date + ". Service name"),
        docs.get("SSH"));
    Map<String, String> ianaDocs = javadocs(iana);
    assertTrue(ianaDocs.get("BHOETTY").contains("Unofficial: not assigned in IANA's registry of " + date
        + ". The registry records this as an unassigned but widespread use."), ianaDocs.get("BHOETTY"));
    for (Result result : List.of(wellKnown, iana)) {
      for (CatalogCompiler.GeneratedFile file : result.files()) {
        assertFalse(file.content().contains("registered with IANA"), file.qualifiedName());
      }
    }
  }

  @Test
  void aServiceWithoutAnIanaNameSaysSo() {
    String doc = javadocs(wellKnown).get("WINS_REPLICATION");
    assertTrue(doc.contains("The table names no IANA service for this use; the service name"
        + " <code>wins-replication</code> is derived from the constant."), doc);
  }

  @Test
  void everySeedRowIsInTheJavadocOfItsConstant() throws IOException {
    Map<String, String> docs = javadocs(wellKnown);
    Map<String, Service> byConstant = new HashMap<>();
    services(wellKnown).forEach(service -> byConstant.put(service.constant(), service));
    int rows = 0;
    for (CSVRecord row : bundled("well-known.csv", true)) {
      String constant = row.get("constant");
      if (constant.isEmpty()) {
        continue;
      }
      String text = oneLine(io.portolan.processor.generate.Javadocs.escape(row.get("description")));
      assertTrue(docs.get(constant).contains(text), constant + ": " + text + " in " + docs.get(constant));
      for (String transport : row.get("transports").split(" ")) {
        assertEquals(row.get("description"),
            byConstant.get(constant).description(Transport.valueOf(transport.toUpperCase(Locale.ROOT))));
      }
      rows++;
    }
    assertEquals(264, rows, "the seed's rows that name a service");
    assertTrue(docs.get("IDENT").contains("UDP: Authentication Service (auth)"), docs.get("IDENT"));
  }

  @Test
  void everyRegistryRecordIsInTheJavadocOfItsConstant() throws IOException {
    Map<String, String> docs = javadocs(iana);
    List<String> lost = new ArrayList<>();
    int records = 0;
    for (CSVRecord record : bundled("iana.csv", false)) {
      String name = record.get("Service Name");
      String port = record.get("Port Number");
      String transport = record.get("Transport Protocol");
      if (name.isEmpty() || port.isEmpty() || transport.isEmpty()) {
        continue;
      }
      records++;
      int first = Integer.parseInt(port.split("-")[0]);
      Transport onTransport = Transport.valueOf(transport.toUpperCase(Locale.ROOT));
      String text = oneLine(io.portolan.processor.generate.Javadocs.escape(record.get("Description")));
      boolean found = false;
      for (Service service : services(iana)) {
        if (service.firstPort() != first || !service.transports().contains(onTransport)) {
          continue;
        }
        boolean own = service.serviceName().equalsIgnoreCase(name);
        if (own || service.aliases().contains(name.toLowerCase(Locale.ROOT))) {
          // An alias record ("This entry is an alias to ...") repeats its service's text, or part of it.
          found |= docs.get(service.constant()).contains(text)
              && (!own || service.description(onTransport).equals(record.get("Description")));
        }
      }
      if (!found) {
        lost.add(name + " " + port + "/" + transport);
      }
    }
    assertTrue(records > 11000, "the registry's records with a name, a port and a transport: " + records);
    assertEquals(List.of(), lost, "records whose text no constant's Javadoc gives");
    long unofficial = services(iana).stream()
        .filter(service -> !service.isDeprecated() && service.assignment() == Assignment.UNOFFICIAL).count();
    assertEquals(7, unofficial, "the 13 widespread-use records, tcp and udp merged");
    assertTrue(services(iana).stream().filter(Service::isDeprecated)
        .allMatch(service -> service.assignment() == Assignment.UNOFFICIAL), "retired names are unofficial");
  }
}
