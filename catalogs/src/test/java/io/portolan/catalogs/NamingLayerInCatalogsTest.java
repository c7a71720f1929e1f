package io.portolan.catalogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portolan.Assignment;
import io.portolan.ServicePort;
import io.portolan.Transport;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The prebuilt catalogs against the curated naming layer and the bundled tables: a constant means
 * the same port in both catalogs, the names developers type exist, {@code assignment()} follows the
 * registry, and no row's text is lost when rows merge.
 */
class NamingLayerInCatalogsTest {
  private static final Path DATA = Path.of("../data/src/main/resources/io/portolan/data");

  /** Returns every {@code public static final int} of {@code constants}, by name. */
  private static Map<String, Integer> intConstants(Class<?> constants) throws IllegalAccessException {
    Map<String, Integer> values = new TreeMap<>();
    for (Field field : constants.getFields()) {
      int modifiers = field.getModifiers();
      if (field.getType() == int.class && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)) {
        values.put(field.getName(), field.getInt(null));
      }
    }
    return values;
  }

  /** Reads a CSV file with a header line; {@code comments}: lines starting with {@code #} are comments. */
  private static List<CSVRecord> csv(Path file, boolean comments) throws IOException {
    CSVFormat.Builder format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true);
    if (comments) {
      format.setCommentMarker('#');
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return format.get().parse(reader).getRecords();
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  @Test
  void aConstantNameMeansTheSamePortInEveryBundledCatalog() throws Exception {
    Map<String, Integer> wellKnown = intConstants(WellKnownPorts.class);
    Map<String, Integer> iana = intConstants(IanaPorts.class);
    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, Integer> constant : wellKnown.entrySet()) {
      Integer other = iana.get(constant.getKey());
      if (other != null && !other.equals(constant.getValue())) {
        differ.add(constant.getKey() + " " + constant.getValue() + "/" + other);
      }
    }
    assertEquals(List.of(), differ, "constants of both catalogs with different ports (well-known/IANA)");
    assertTrue(wellKnown.keySet().stream().filter(iana::containsKey).count() > 150,
        "the catalogs share most of the well-known names");
  }

  @Test
  void everyCuratedNameOfAnIanaKeywordIsAConstantOfItsPortInBothCatalogs() throws Exception {
    Map<String, Integer> wellKnown = intConstants(WellKnownPorts.class);
    Map<String, Integer> iana = intConstants(IanaPorts.class);
    int checked = 0;
    for (CSVRecord row : csv(DATA.resolve("names.csv"), true)) {
      String constant = row.get("constant");
      int port = Integer.parseInt(row.get("port"));
      if (!row.get("service").isEmpty()) {
        assertEquals(Integer.valueOf(port), iana.get(constant), "IanaPorts." + constant);
        checked++;
      } else {
        assertFalse(iana.containsKey(constant), "IanaPorts has no " + constant + ": IANA names no service on "
            + port + " for it");
      }
      if (port < 1024 && wellKnown.containsKey(constant)) {
        assertEquals(Integer.valueOf(port), wellKnown.get(constant), "WellKnownPorts." + constant);
      }
    }
    assertTrue(checked > 25, "names.csv has its rows: " + checked);
  }

  @Test
  void theNamesDevelopersTypeExistInBothCatalogs() {
    assertEquals(53, IanaPorts.DNS);
    assertEquals(IanaPorts.DNS, WellKnownPorts.DNS);
    assertEquals(IanaPorts.DOMAIN, IanaPorts.DNS, "IANA's keyword keeps its constant");
    assertEquals(465, IanaPorts.SMTPS);
    assertEquals(515, IanaPorts.LPD);
    assertEquals(43, IanaPorts.WHOIS);
    assertEquals(445, IanaPorts.SMB);
    assertEquals(67, IanaPorts.DHCP_SERVER);
    assertEquals(68, IanaPorts.DHCP_CLIENT);
    assertEquals(3389, IanaPorts.RDP);
    assertEquals(5900, IanaPorts.VNC);
    assertEquals(1433, IanaPorts.MSSQL);
    assertEquals(8080, IanaPorts.HTTP_ALT);
    assertEquals(8080, IanaPorts.HTTP_ALT_8080);
    assertEquals(591, IanaPorts.HTTP_ALT_591);
    assertEquals(591, WellKnownPorts.HTTP_ALT_591);
    assertEquals(0, WellKnownPorts.ANY_PORT);
  }

  @Test
  void dicomRapSlpAndWinsEachMeanOnePortAcrossTheCatalogs() throws Exception {
    Map<String, Integer> wellKnown = intConstants(WellKnownPorts.class);
    assertEquals(11112, IanaPorts.DICOM);
    assertEquals(104, WellKnownPorts.ACR_NEMA);
    assertFalse(wellKnown.containsKey("DICOM"));
    assertEquals(38, IanaPorts.RAP);
    assertEquals(56, WellKnownPorts.RAP_56);
    assertFalse(wellKnown.containsKey("RAP"));
    assertEquals(427, IanaPorts.SLP);
    assertEquals(427, WellKnownPorts.SLP);
    assertEquals(1605, IanaPorts.SLP_1605);
    assertEquals(1512, IanaPorts.WINS);
    assertEquals(42, WellKnownPorts.WINS_REPLICATION);
    assertFalse(wellKnown.containsKey("WINS"));
    assertFalse(wellKnown.containsKey("DYNAMIC"), "port 0 is ANY_PORT");
  }

  @Test
  void curatedNamesAreLookupNamesButNeverTakeIanasKeywords() {
    assertEquals(Optional.of(53), IanaPort.byServiceName("dns").map(ServicePort::number));
    assertEquals(Optional.of(3389), IanaPort.byServiceName("rdp").map(ServicePort::number));
    assertEquals(Optional.of(1605), IanaPort.byServiceName("slp").map(ServicePort::number),
        "slp is IANA's keyword for Salutation on 1605; the constant SLP is 427");
    assertEquals(Optional.of(591), IanaPort.byServiceName("http-alt").map(ServicePort::number),
        "http-alt is IANA's keyword on 591 first; the constant HTTP_ALT is 8080");
  }

  @Test
  void theEnumHasTheCuratedNamesAsFieldsOfItsServices() throws Exception {
    Field dhcpServer = WellKnownPort.class.getField("DHCP_SERVER");
    assertEquals(WellKnownPort.class, dhcpServer.getType());
    ServicePort server = (ServicePort) dhcpServer.get(null);
    assertEquals(67, server.number());
    assertEquals("bootps", server.serviceName());
  }

  @Test
  void smtpsComesFirstOnPort465() {
    assertSame(WellKnownPort.SMTPS, WellKnownPort.byNumber(465).get(0),
        "both are official; SMTPS cites RFC 8314, URD no RFC");
    assertEquals("submissions", IanaPort.byNumber(465).get(0).serviceName());
    assertEquals(Assignment.OFFICIAL, WellKnownPort.SMTPS.assignment());
  }

  @Test
  void assignmentFollowsTheRegistry() {
    assertEquals(Assignment.UNOFFICIAL, WellKnownPort.COMPRESSNET_MGMT.assignment(), "de-assigned 2025-02-13");
    assertEquals(Assignment.OFFICIAL, WellKnownPort.CHARGEN.assignment());
    assertEquals(Assignment.OFFICIAL, WellKnownPort.QUIC_HTTPS.assignment());
    Set<String> unofficial = new TreeSet<>();
    for (IanaPort service : IanaPort.all()) {
      // Retired names (deprecated) are unofficial too: RetiredNamesTest checks them.
      if (service.assignment() == Assignment.UNOFFICIAL && !service.isDeprecated()) {
        unofficial.add(service.serviceName() + " " + service.number() + " " + service.transports());
      }
    }
    assertEquals(Set.of("bhoedap4 352 [TCP, UDP]", "bhoetty 351 [TCP, UDP]", "cddbp 888 [TCP]",
        "ipsendmsg 1992 [TCP, UDP]", "mshnet 1989 [TCP, UDP]", "remoteware-cl 3000 [TCP, UDP]",
        "remoteware-srv 3002 [TCP, UDP]"), unofficial,
        "the 13 records of an unassigned but widespread use, and only they, among current services");
  }

  @Test
  void everySeedRowKeepsItsDescriptionAtRunTime() throws IOException {
    int rows = 0;
    for (CSVRecord row : csv(DATA.resolve("well-known.csv"), true)) {
      if (row.get("constant").isEmpty()) {
        continue;
      }
      WellKnownPort service = WellKnownPort.valueOf(row.get("constant"));
      for (String transport : row.get("transports").split(" ")) {
        assertEquals(row.get("description"), service.description(Transport.valueOf(transport.toUpperCase(Locale.ROOT))),
            row.get("constant") + "/" + transport);
      }
      rows++;
    }
    assertTrue(rows > 260, "the seed's rows: " + rows);
    assertTrue(WellKnownPort.IDENT.description(Transport.TCP).startsWith("Ident"));
  }

  @Test
  void everyRegistryRecordKeepsItsDescriptionAtRunTime() throws IOException {
    List<String> lost = new ArrayList<>();
    int records = 0;
    for (CSVRecord record : csv(DATA.resolve("iana.csv"), false)) {
      String name = record.get("Service Name");
      String port = record.get("Port Number");
      String transport = record.get("Transport Protocol");
      if (name.isEmpty() || port.isEmpty() || transport.isEmpty()) {
        continue;
      }
      records++;
      int first = Integer.parseInt(port.split("-")[0]);
      Transport onTransport = Transport.valueOf(transport.toUpperCase(Locale.ROOT));
      String key = name.toLowerCase(Locale.ROOT);
      boolean found = false;
      for (IanaPort service : IanaPort.byNumber(first)) {
        if (!service.supports(onTransport)) {
          continue;
        }
        String description = service.description(onTransport);
        if (service.serviceName().equalsIgnoreCase(name)) {
          found |= description.equals(record.get("Description"));
        } else if (service.aliases().contains(key)) {
          // An alias record ("This entry is an alias to ...") repeats its service's text, or part of it.
          found |= oneLine(description).contains(oneLine(record.get("Description")));
        }
      }
      if (!found) {
        lost.add(name + " " + port + "/" + transport);
      }
    }
    assertTrue(records > 11000, "the registry's records with a name and a port: " + records);
    assertEquals(List.of(), lost, "records whose description no service gives");
  }
}
