package io.portolan.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Checks the curated catalog {@code well-known.csv} against the seed table it was made from
 * ({@code sources/well-known-ports.txt}), against the bundled IANA registry copy, and against the
 * catalog rules in {@code data/README.md}.
 */
class WellKnownCatalogTest {

  private static final Path SEED = Path.of("sources/well-known-ports.txt");
  private static final String CATALOG = "/io/portolan/data/well-known.csv";
  private static final String IANA = "/io/portolan/data/iana.csv";
  private static final String IANA_DATE = "/io/portolan/data/iana-date.txt";

  private static final String SEED_SHA256 =
      "dcacf9a6e3b7c0268813d00b861b1fac28d749d1f57165922879f63138745c03";
  private static final String IANA_SHA256 =
      "b27a00f94cabd719b9c29f1ff1ffc92be84d708282015dc8b933ee8574c8b884";

  private static final List<String> COLUMNS =
      List.of(
          "port",
          "transports",
          "constant",
          "service",
          "aliases",
          "status",
          "seed_status",
          "status_note",
          "description",
          "references");
  private static final List<String> TRANSPORT_ORDER = List.of("tcp", "udp", "sctp", "dccp");
  private static final Set<String> STATUSES =
      Set.of("official", "unofficial", "unassigned", "reserved");

  /**
   * Lookup keys that more than one constant claims, and the constant the documented order (the
   * table's names in file order, then constant names) resolves them to.
   */
  private static final Map<String, String> SHADOWED_SERVICE_NAMES =
      Map.of(
          "http", "HTTP",
          "https", "HTTPS",
          "microsoft-ds", "MICROSOFT_DS",
          "epmap", "EPMAP");

  /**
   * Official rows that IANA gives no service name: the ports IANA describes as "any private ..."
   * without a keyword.
   */
  private static final Set<Integer> OFFICIAL_WITHOUT_SERVICE = Set.of(24, 35, 57, 77);

  /**
   * Unofficial rows that carry an IANA service name: 888, whose only IANA record says it "records
   * an unassigned but widespread use".
   */
  private static final Set<Integer> UNOFFICIAL_WITH_SERVICE = Set.of(888);

  /** Transports a row lists although IANA registers its service name on the port without them. */
  private static final Set<String> TRANSPORTS_WITHOUT_IANA_NAME =
      Set.of("861/udp owamp-control", "862/udp twamp-control", "953/udp rndc");

  private static byte[] catalogBytes;
  private static List<SeedRow> seed;
  private static List<CatalogRow> catalog;
  private static List<IanaRecord> iana;

  @BeforeAll
  static void load() throws IOException {
    seed = SeedTable.parse(Files.readAllLines(SEED, StandardCharsets.UTF_8));
    catalogBytes = resource(CATALOG);
    catalog = CatalogRow.parseAll(new String(catalogBytes, StandardCharsets.UTF_8));
    iana = IanaRecord.parseAll(new String(resource(IANA), StandardCharsets.UTF_8));
  }

  // ---------------------------------------------------------------------------------------------
  // The seed and its parser

  @Nested
  class SeedTableParser {
    private final List<String> header =
        List.of("Prose.", "Port | TCP | UDP | Description | Status |", "---|---|---|---|---|");

    private SeedRow parseOne(String line) {
      List<String> lines = new ArrayList<>(header);
      lines.add(line);
      List<SeedRow> rows = SeedTable.parse(lines);
      assertEquals(1, rows.size());
      return rows.get(0);
    }

    @Test
    void readsRowWithTwoTransportCells() {
      SeedRow row = parseOne("22 | TCP, SCTP | UDP | Secure Shell (SSH)—logins | Official |");
      assertEquals(22, row.port());
      assertEquals(List.of("TCP, SCTP", "UDP"), row.transportCells());
      assertEquals("Secure Shell (SSH)—logins", row.description());
      assertEquals("Official", row.status());
    }

    @Test
    void readsRowShiftedLeftWithTrailingEmptyCell() {
      SeedRow row = parseOne("113 | UDP | Authentication Service (auth) | Official | |");
      assertEquals(List.of("UDP"), row.transportCells());
      assertEquals("Authentication Service (auth)", row.description());
      assertEquals("Official", row.status());
    }

    @Test
    void rejectsRowWithoutTransport() {
      assertThrows(IllegalArgumentException.class, () -> parseOne("7 | Echo | Official |"));
    }

    @Test
    void rejectsDocumentWithoutPortTable() {
      assertThrows(IllegalArgumentException.class, () -> SeedTable.parse(List.of("no table")));
    }
  }

  @Test
  void seedCopyIsTheRecordedSeed() throws IOException {
    assertEquals(SEED_SHA256, sha256(Files.readAllBytes(SEED)));
  }

  @Test
  void seedHas275RowsOn249Ports() {
    assertEquals(275, seed.size());
    assertEquals(249, seed.stream().map(SeedRow::port).distinct().count());
    assertEquals(221, seed.stream().filter(r -> r.status().equals("Official")).count());
    assertEquals(54, seed.stream().filter(r -> r.status().equals("Unofficial")).count());
  }

  @Test
  void stdTransportOccursOnlyOnPort117WhereIanaListsTcpAndUdp() {
    List<Integer> ports =
        seed.stream()
            .filter(r -> r.transportCells().contains("STD"))
            .map(SeedRow::port)
            .collect(Collectors.toList());
    assertEquals(List.of(117), ports);
    Set<String> ianaTransports =
        iana.stream()
            .filter(r -> r.port().equals("117") && r.name().equals("uucp-path"))
            .map(IanaRecord::transport)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("tcp", "udp"), ianaTransports);
  }

  // ---------------------------------------------------------------------------------------------
  // Every seed row is represented

  @Test
  void catalogHasOneRowPerSeedRowInSeedOrder() {
    assertEquals(seed.size(), catalog.size(), "one catalog row per seed row");
    for (int i = 0; i < seed.size(); i++) {
      SeedRow s = seed.get(i);
      CatalogRow c = catalog.get(i);
      String where = "seed row " + (i + 1) + " (port " + s.port() + "), catalog line " + c.line();
      assertEquals(s.port(), c.port(), where + ": port");
      assertEquals(expectedTransports(s), c.transports(), where + ": transports");
      assertEquals(s.description(), c.description(), where + ": description");
      assertEquals(
          s.status().toLowerCase(Locale.ROOT), c.seedStatus(), where + ": the seed's own label");
      if (isPlaceholder(s)) {
        assertEquals(placeholderStatus(s), c.status(), where + ": status");
      }
    }
  }

  private static boolean isPlaceholder(SeedRow row) {
    return row.description().equals("Unassigned") || row.description().equals("Reserved");
  }

  private static List<String> expectedTransports(SeedRow row) {
    Set<String> keywords = new LinkedHashSet<>();
    for (String cell : row.transportCells()) {
      switch (cell) {
        case "TCP" -> keywords.add("tcp");
        case "UDP" -> keywords.add("udp");
        case "TCP, SCTP" -> keywords.addAll(List.of("tcp", "sctp"));
          // The one "STD" cell (port 117, uucp-path): IANA registers uucp-path on tcp and udp.
        case "STD" -> keywords.addAll(List.of("tcp", "udp"));
        default -> fail("unexpected transport cell " + cell);
      }
    }
    return TRANSPORT_ORDER.stream().filter(keywords::contains).collect(Collectors.toList());
  }

  private static String placeholderStatus(SeedRow row) {
    assertTrue(Set.of("Official", "Unofficial").contains(row.status()), row.status());
    return row.description().toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------------------------------------
  // File format

  @Test
  void fileIsStrictUtf8WithLfLineEndings() {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(catalogBytes));
    } catch (CharacterCodingException e) {
      fail("well-known.csv is not valid UTF-8: " + e);
    }
    String text = new String(catalogBytes, StandardCharsets.UTF_8);
    assertFalse(text.startsWith("\uFEFF"), "no byte order mark");
    assertFalse(text.contains("\r"), "LF line endings only");
    assertTrue(text.endsWith("\n"), "last line ends with LF");
  }

  @Test
  void fileIsCommentsThenHeaderThenMinimallyQuotedRows() {
    String text = new String(catalogBytes, StandardCharsets.UTF_8);
    // The text ends with LF, so the last element of the split is the empty remainder.
    List<String> all = Arrays.asList(text.split("\n", -1));
    List<String> lines = all.subList(0, all.size() - 1);
    int i = 0;
    while (i < lines.size() && lines.get(i).startsWith("#")) {
      i++;
    }
    assertEquals(String.join(",", COLUMNS), lines.get(i), "header line");
    List<String> dataLines = lines.subList(i + 1, lines.size());
    assertEquals(catalog.size(), dataLines.size(), "one line per record, no comments among rows");
    for (int r = 0; r < catalog.size(); r++) {
      assertEquals(minimalCsvLine(catalog.get(r).fields()), dataLines.get(r));
    }
  }

  /** RFC 4180 with quotes only where needed: around a field holding a comma, quote or line break. */
  static String minimalCsvLine(List<String> fields) {
    return fields.stream()
        .map(
            f ->
                f.matches("(?s).*[,\"\r\n].*") ? "\"" + f.replace("\"", "\"\"") + "\"" : f)
        .collect(Collectors.joining(","));
  }

  @Test
  void fieldValuesAreWellFormed() {
    Pattern aliasPattern = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    Pattern servicePattern = Pattern.compile("[a-z0-9][a-z0-9._/-]*");
    for (CatalogRow row : catalog) {
      String where = "line " + row.line();
      assertTrue(row.port() >= 0 && row.port() <= 65535, where);
      assertFalse(row.transports().isEmpty(), where);
      assertEquals(
          TRANSPORT_ORDER.stream().filter(row.transports()::contains).collect(Collectors.toList()),
          row.transports(),
          where + ": known transports in canonical order, no repeats");
      assertTrue(STATUSES.contains(row.status()), where + ": status " + row.status());
      assertTrue(
          Set.of("official", "unofficial").contains(row.seedStatus()),
          where + ": seed_status " + row.seedStatus());
      assertTrue(
          row.service().isEmpty() || servicePattern.matcher(row.service()).matches(),
          where + ": service " + row.service());
      for (String alias : row.aliases()) {
        assertTrue(aliasPattern.matcher(alias).matches(), where + ": alias " + alias);
      }
      assertFalse(row.aliases().contains(row.service()), where + ": alias repeats service");
      assertFalse(
          row.aliases().contains(row.constant().toLowerCase(Locale.ROOT)),
          where + ": alias repeats constant");
      assertEquals(
          row.references().size(), new LinkedHashSet<>(row.references()).size(), where);
      for (String ref : row.references()) {
        assertTrue(ref.matches("RFC[1-9][0-9]*"), where + ": reference " + ref);
      }
      for (String field : row.fields()) {
        assertEquals(field.strip(), field, where + ": no surrounding blanks");
        assertFalse(field.contains("  "), where + ": single spaces");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Catalog invariants

  @Test
  void constantsAreUpperSnakeJavaNamesThatAreNotKeywords() {
    for (CatalogRow row : constantRows()) {
      String constant = row.constant();
      assertTrue(constant.matches("[A-Z][A-Z0-9_]*"), "line " + row.line() + ": " + constant);
      assertTrue(SourceVersion.isName(constant), "line " + row.line() + ": " + constant);
      assertFalse(
          SourceVersion.isKeyword(constant.toLowerCase(Locale.ROOT)),
          "line " + row.line() + ": " + constant + " reads as a keyword");
    }
  }

  @Test
  void onlyUnassignedAndReservedRowsLackAConstant() {
    for (CatalogRow row : catalog) {
      boolean placeholder = row.status().equals("unassigned") || row.status().equals("reserved");
      assertEquals(placeholder, row.constant().isEmpty(), "line " + row.line() + ": constant");
      if (placeholder) {
        assertTrue(row.service().isEmpty(), "line " + row.line() + ": service");
        assertTrue(row.aliases().isEmpty(), "line " + row.line() + ": aliases");
      }
    }
    assertEquals(9, catalog.stream().filter(r -> r.status().equals("unassigned")).count());
    assertEquals(2, catalog.stream().filter(r -> r.status().equals("reserved")).count());
  }

  @Test
  void rowsSharingAConstantAreOneServiceSplitByTransport() {
    Map<String, List<CatalogRow>> byConstant = byConstant();
    Set<String> shared = new TreeSet<>();
    byConstant.forEach(
        (constant, rows) -> {
          if (rows.size() < 2) {
            return;
          }
          shared.add(constant);
          CatalogRow first = rows.get(0);
          Set<String> seen = new LinkedHashSet<>();
          for (CatalogRow row : rows) {
            String where = constant + " at line " + row.line();
            assertEquals(first.port(), row.port(), where + ": port");
            assertEquals(first.service(), row.service(), where + ": service");
            assertEquals(first.aliases(), row.aliases(), where + ": aliases");
            for (String transport : row.transports()) {
              assertTrue(seen.add(transport), where + ": transport " + transport + " twice");
            }
          }
        });
    assertEquals(Set.of("CODAAUTH2", "IDENT", "RRH", "TELL"), shared);
  }

  @Test
  void everyLookupKeyResolvesToOneConstant() {
    Map<String, Set<String>> claimants = new TreeMap<>();
    for (CatalogRow row : constantRows()) {
      for (String key : row.lookupKeys()) {
        claimants.computeIfAbsent(key, k -> new TreeSet<>()).add(row.constant());
      }
    }
    Map<String, String> ambiguous = new TreeMap<>();
    claimants.forEach(
        (key, constants) -> {
          if (constants.size() > 1) {
            ambiguous.put(key, resolve(key));
          }
        });
    assertEquals(new TreeMap<>(SHADOWED_SERVICE_NAMES), ambiguous);

    for (CatalogRow row : constantRows()) {
      assertEquals(row.constant(), resolve(row.constant()), "constant " + row.constant());
      for (String alias : row.aliases()) {
        assertEquals(row.constant(), resolve(alias), "alias " + alias);
      }
      if (!row.service().isEmpty() && !SHADOWED_SERVICE_NAMES.containsKey(row.service())) {
        assertEquals(row.constant(), resolve(row.service()), "service " + row.service());
      }
    }
  }

  @Test
  void aliasesAreUniqueAcrossTheFile() {
    Map<String, String> owner = new LinkedHashMap<>();
    for (CatalogRow row : constantRows()) {
      for (String alias : row.aliases()) {
        String earlier = owner.put(alias, row.constant());
        assertTrue(
            earlier == null || earlier.equals(row.constant()),
            "alias " + alias + " on " + earlier + " and " + row.constant());
      }
    }
  }

  /**
   * The order the processor resolves names in: the table's names first, row by row in file order
   * (the row's service name, or for a row without one its constant in lower case with hyphens, then
   * its aliases); then constant names.
   */
  private static String resolve(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    for (CatalogRow row : constantRows()) {
      String service = row.service().isEmpty()
          ? row.constant().toLowerCase(Locale.ROOT).replace('_', '-')
          : row.service().toLowerCase(Locale.ROOT);
      if (service.equals(key) || row.aliases().contains(key)) {
        return row.constant();
      }
    }
    for (CatalogRow row : constantRows()) {
      if (row.constant().toLowerCase(Locale.ROOT).equals(key)) {
        return row.constant();
      }
    }
    return null;
  }

  @Test
  void constantIsTheServiceNameInUpperSnakeUnlessCuratedInNamesCsv() throws IOException {
    Map<String, String> overrides = new TreeMap<>();
    for (CatalogRow row : constantRows()) {
      if (!row.service().isEmpty() && !BundledData.ruleConstant(row.service()).equals(row.constant())) {
        overrides.put(row.constant(), row.port() + " " + row.service());
      }
    }
    Map<String, String> curated = new TreeMap<>();
    for (BundledData.CuratedName name : BundledData.names()) {
      if (!name.service().isEmpty() && overrides.containsKey(name.constant())) {
        curated.put(name.constant(), name.port() + " " + name.service());
      }
    }
    assertEquals(curated, overrides, "every departure from the rule is a row of names.csv");
    assertTrue(overrides.keySet().containsAll(Set.of("DNS", "SMB", "WHOIS", "LPD", "SMTPS")));
  }

  @Test
  void spotChecks() {
    assertRow(22, "SSH", "ssh", "");
    assertRow(53, "DNS", "domain", "");
    assertRow(80, "HTTP", "http", "www www-http");
    assertRow(443, "HTTPS", "https", "");
    assertRow(20, "FTP_DATA", "ftp-data", "");
    assertRow(21, "FTP", "ftp", "");
    assertRow(465, "SMTPS", "submissions", "ssmtp");
    assertRow(113, "IDENT", "auth", "");
    assertRow(210, "Z39_50", "z39-50", "z39.50 z3950");
    assertRow(564, "PLAN9", "9pfs", "9p");
    assertRow(666, "DOOM", "doom", "");
    assertRow(750, "KERBEROS_IV", "kerberos-iv", "kerberos4");
    assertRow(117, "UUCP_PATH", "uucp-path", "");
    assertRow(0, "ANY_PORT", "", "ephemeral");
    assertRow(104, "ACR_NEMA", "acr-nema", "");
    assertRow(135, "MSRPC", "epmap", "");
    assertRow(591, "HTTP_ALT_591", "http-alt", "");
    assertEquals(List.of("tcp", "udp", "sctp"), row("SSH").transports());
    assertEquals(List.of("tcp", "udp"), row("UUCP_PATH").transports());
    assertEquals(List.of("RFC867"), row("DAYTIME").references());
    assertEquals("", row("ESP").service(), "port 50 ESP is not IANA's re-mail-ck");
    assertEquals("", row("MMP").service(), "port 654 MMP is not IANA's aodv");
    assertEquals("", row("WINS_REPLICATION").service());
    assertEquals(42, row("WINS_REPLICATION").port());
    assertEquals(56, row("RAP_56").port());
    for (String gone : List.of("DYNAMIC", "WINS", "RAP", "DICOM", "HTTP_ALT")) {
      assertTrue(
          catalog.stream().noneMatch(r -> r.constant().equals(gone)), gone + " was renamed");
    }
    assertEquals(42, row("NAMESERVER").port());
    assertEquals(445, row("SMB").port());
    assertEquals(445, row("MICROSOFT_DS").port());
    for (int n = 1; n <= 4; n++) {
      assertEquals(70 + n, row("NETRJS_" + n).port());
    }
  }

  private static void assertRow(int port, String constant, String service, String aliases) {
    CatalogRow row = row(constant);
    assertEquals(port, row.port(), constant + " port");
    assertEquals(service, row.service(), constant + " service");
    assertEquals(aliases, String.join(" ", row.aliases()), constant + " aliases");
  }

  private static CatalogRow row(String constant) {
    return catalog.stream()
        .filter(r -> r.constant().equals(constant))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no constant " + constant));
  }

  // ---------------------------------------------------------------------------------------------
  // Against the bundled IANA registry

  @Test
  void ianaCopyIsTheRecordedRegistry() throws IOException {
    assertEquals(IANA_SHA256, sha256(resource(IANA)));
    assertEquals(14_512, iana.size());
  }

  /**
   * {@code iana-date.txt} holds the bundled registry's date, the newest registration or modification
   * date inside it, so that the processor can name it without reading the registry.
   */
  @Test
  void registryDateIsTheNewestDateInsideTheBundledRegistry() throws IOException {
    String newest = "";
    try (CSVParser parser = csv(new String(resource(IANA), StandardCharsets.UTF_8), false)) {
      for (CSVRecord record : parser) {
        for (String date : List.of(record.get("Registration Date"), record.get("Modification Date"))) {
          if (date.matches("\\d{4}-\\d{2}(-\\d{2})?") && date.compareTo(newest) > 0) {
            newest = date;
          }
        }
      }
    }
    assertEquals(newest + "\n", new String(resource(IANA_DATE), StandardCharsets.UTF_8));
  }

  @Test
  void serviceNamesAreIanaNamesOnTheSamePortAndTransport() {
    Set<String> missing = new TreeSet<>();
    for (CatalogRow row : catalog) {
      if (row.service().isEmpty()) {
        continue;
      }
      for (String transport : row.transports()) {
        boolean registered =
            iana.stream()
                .anyMatch(
                    r ->
                        r.name().equals(row.service())
                            && r.port().equals(Integer.toString(row.port()))
                            && r.transport().equals(transport));
        if (!registered) {
          missing.add(row.port() + "/" + transport + " " + row.service());
        }
      }
    }
    assertEquals(TRANSPORTS_WITHOUT_IANA_NAME, missing);
  }

  @Test
  void rowsWithoutServiceNameAreTheDocumentedOnes() {
    Set<Integer> official = new TreeSet<>();
    Set<Integer> unofficial = new TreeSet<>();
    for (CatalogRow row : catalog) {
      if (row.status().equals("official") && row.service().isEmpty()) {
        official.add(row.port());
      }
      if (row.status().equals("unofficial") && !row.service().isEmpty()) {
        unofficial.add(row.port());
      }
    }
    assertEquals(new TreeSet<>(OFFICIAL_WITHOUT_SERVICE), official);
    assertEquals(new TreeSet<>(UNOFFICIAL_WITH_SERVICE), unofficial);
  }

  @Test
  void referencesAreTheRfcsOfTheIanaRowsAndTheDescription() {
    Pattern ianaRfc = Pattern.compile("\\[RFC(\\d+)\\]");
    Pattern textRfc = Pattern.compile("\\bRFC ?(\\d+)\\b");
    for (CatalogRow row : catalog) {
      Set<Integer> expected = new TreeSet<>();
      for (IanaRecord r : iana) {
        boolean sameMeaning =
            row.service().isEmpty()
                ? row.status().equals("reserved")
                    && r.name().isEmpty()
                    && r.description().equals("Reserved")
                : r.name().equals(row.service());
        if (sameMeaning
            && r.port().equals(Integer.toString(row.port()))
            && row.transports().contains(r.transport())) {
          Matcher m = ianaRfc.matcher(r.reference());
          while (m.find()) {
            expected.add(Integer.parseInt(m.group(1)));
          }
        }
      }
      Matcher m = textRfc.matcher(row.description());
      while (m.find()) {
        expected.add(Integer.parseInt(m.group(1)));
      }
      List<String> want = expected.stream().map(n -> "RFC" + n).collect(Collectors.toList());
      assertEquals(want, row.references(), "line " + row.line() + " (port " + row.port() + ")");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Status: what the bundled registry says, with the seed's label kept beside it

  /** Words the registry's notes use for a record that assigns nothing. */
  static final String WIDESPREAD_USE = "This entry records an unassigned but widespread use";

  /**
   * The transports of {@code row} on which the bundled registry assigns the row's port to the row's
   * service: records with the row's port and one of its transports that are not "unassigned but
   * widespread use" entries and that carry the row's service name, or, for a row without one, that
   * carry no name but describe a use (IANA's "any private mail system" and the like), not a
   * Reserved or Unassigned placeholder.
   */
  static Set<String> registeredTransports(CatalogRow row) {
    Set<String> registered = new TreeSet<>();
    for (IanaRecord r : iana) {
      if (!r.port().equals(Integer.toString(row.port()))
          || !row.transports().contains(r.transport())
          || r.notes().contains(WIDESPREAD_USE)) {
        continue;
      }
      boolean assigns =
          row.service().isEmpty()
              ? r.name().isEmpty()
                  && !r.description().isEmpty()
                  && !r.description().startsWith("Reserved")
                  && !r.description().startsWith("Unassigned")
              : r.name().equals(row.service());
      if (assigns) {
        registered.add(r.transport());
      }
    }
    return registered;
  }

  /** The registry's verdict on a row that names a service: official when it assigns the use. */
  static String registryVerdict(CatalogRow row) {
    return registeredTransports(row).isEmpty() ? "unofficial" : "official";
  }

  @Test
  void statusIsTheRegistrysVerdictForEveryRow() {
    for (CatalogRow row : catalog) {
      String where = "line " + row.line() + " (port " + row.port() + " " + row.constant() + ")";
      if (row.constant().isEmpty()) {
        // Unassigned and Reserved rows: the registry says the same on every transport.
        String word = row.status().equals("unassigned") ? "Unassigned" : "Reserved";
        for (String transport : row.transports()) {
          List<IanaRecord> records =
              iana.stream()
                  .filter(r -> r.port().equals(Integer.toString(row.port())))
                  .filter(r -> r.transport().equals(transport))
                  .collect(Collectors.toList());
          assertFalse(records.isEmpty(), where + "/" + transport + ": no registry record");
          for (IanaRecord r : records) {
            assertTrue(r.name().isEmpty() && r.description().startsWith(word), where + ": " + r);
          }
        }
        continue;
      }
      assertEquals(registryVerdict(row), row.status(), where + ": status");
    }
  }

  @Test
  void aStatusNoteExplainsExactlyTheRowsWhereSeedAndRegistryDiffer() {
    for (CatalogRow row : catalog) {
      String where = "line " + row.line() + " (port " + row.port() + " " + row.constant() + ")";
      boolean differs = !row.status().equals(row.seedStatus());
      boolean partly =
          row.status().equals("official")
              && !registeredTransports(row).equals(new TreeSet<>(row.transports()));
      boolean needsNote = !row.constant().isEmpty() && (differs || partly);
      assertEquals(needsNote, !row.statusNote().isEmpty(), where + ": status_note");
      if (needsNote) {
        assertTrue(row.statusNote().startsWith("IANA "), where + ": a note says what IANA says");
        assertFalse(row.statusNote().endsWith("."), where + ": a note is a clause, no full stop");
      }
    }
  }

  @Test
  void statusFollowsTheRegistryOnTheseRowsOfTheSeed() {
    Map<String, String> changed = new TreeMap<>();
    for (CatalogRow row : constantRows()) {
      if (!row.status().equals(row.seedStatus())) {
        changed.put(row.port() + "/" + String.join(" ", row.transports()), row.status());
      }
    }
    Map<String, String> expected = new TreeMap<>();
    for (String port : List.of("2", "3", "47", "50", "51", "994")) {
      expected.put(port + "/tcp udp", "unofficial");
    }
    expected.put("654/tcp", "unofficial");
    for (String port : List.of("18", "19", "135", "158", "655")) {
      expected.put(port + "/tcp udp", "official");
    }
    for (String port : List.of("465", "564", "829")) {
      expected.put(port + "/tcp", "official");
    }
    expected.put("80/udp", "official");
    expected.put("443/udp", "official");
    expected.put("953/tcp udp", "official");
    assertEquals(expected, changed);
    assertEquals("official", row("SMTPS").status(), "465 SMTPS is IANA's submissions");
    assertEquals("unofficial", row("CDDBP").status(), "888 is a widespread-use entry");
  }

  @Test
  void readmeListsEveryRowWhereSeedAndRegistryDisagree() throws IOException {
    List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("### Where the seed and the registry disagree");
    assertTrue(start >= 0, "README section on disagreements");
    Set<String> listed = new TreeSet<>();
    for (int i = start + 1; i < readme.size() && !readme.get(i).startsWith("#"); i++) {
      String line = readme.get(i);
      if (line.matches("\\| [0-9]+ \\|.*")) {
        String[] cells = line.split("\\|");
        listed.add(cells[1].strip() + " " + cells[3].strip().replace("`", ""));
      }
    }
    Set<String> disagreements = new TreeSet<>();
    for (CatalogRow row : constantRows()) {
      if (!row.statusNote().isEmpty()) {
        disagreements.add(row.port() + " " + row.constant());
      }
    }
    assertEquals(disagreements, listed);
  }

  @Test
  void ianaRecordsOfWidespreadButUnassignedUseAreTheThirteen() {
    Set<String> found = new TreeSet<>();
    for (IanaRecord r : iana) {
      if (r.notes().contains(WIDESPREAD_USE)) {
        found.add(r.name() + " " + r.port() + "/" + r.transport());
      }
    }
    Set<String> expected = new TreeSet<>();
    for (String name : List.of("bhoetty 351", "bhoedap4 352", "mshnet 1989", "ipsendmsg 1992",
        "remoteware-cl 3000", "remoteware-srv 3002")) {
      expected.add(name + "/tcp");
      expected.add(name + "/udp");
    }
    expected.add("cddbp 888/tcp");
    assertEquals(expected, found);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static List<CatalogRow> constantRows() {
    return catalog.stream().filter(r -> !r.constant().isEmpty()).collect(Collectors.toList());
  }

  private static Map<String, List<CatalogRow>> byConstant() {
    Map<String, List<CatalogRow>> map = new LinkedHashMap<>();
    for (CatalogRow row : constantRows()) {
      map.computeIfAbsent(row.constant(), k -> new ArrayList<>()).add(row);
    }
    return map;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = WellKnownCatalogTest.class.getResourceAsStream(name)) {
      assertNotNull(in, "missing resource " + name);
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CSVParser csv(String text, boolean comments) {
    try {
      CSVFormat.Builder format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true);
      if (comments) {
        format.setCommentMarker('#');
      }
      return format.get().parse(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> words(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split(" ", -1));
  }

  /** One row of the seed's port table. */
  record SeedRow(int port, List<String> transportCells, String description, String status) {}

  /**
   * Reads the seed's port table: the leading cells that name transports, the last non-empty cell
   * as the status, and the cells between as the description.
   */
  static final class SeedTable {
    static final String HEADER = "Port | TCP | UDP | Description | Status |";
    static final Set<String> TRANSPORT_CELLS = Set.of("TCP", "UDP", "TCP, SCTP", "STD");

    private SeedTable() {}

    static List<SeedRow> parse(List<String> lines) {
      int header = lines.indexOf(HEADER);
      if (header < 0 || header + 1 >= lines.size() || !lines.get(header + 1).startsWith("---|")) {
        throw new IllegalArgumentException("no port table header followed by a rule");
      }
      List<SeedRow> rows = new ArrayList<>();
      for (int i = header + 2; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\|", -1)) {
          cells.add(cell.strip());
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        int k = 1;
        List<String> transports = new ArrayList<>();
        while (k < cells.size() - 1 && TRANSPORT_CELLS.contains(cells.get(k))) {
          transports.add(cells.get(k++));
        }
        int last = cells.size() - 1;
        if (transports.isEmpty() || k >= last) {
          throw new IllegalArgumentException("line " + (i + 1) + ": cannot read row: " + line);
        }
        rows.add(
            new SeedRow(
                Integer.parseInt(cells.get(0)),
                List.copyOf(transports),
                String.join(" | ", cells.subList(k, last)),
                cells.get(last)));
      }
      return rows;
    }
  }

  /** One data row of well-known.csv. */
  record CatalogRow(
      long line,
      int port,
      List<String> transports,
      String constant,
      String service,
      List<String> aliases,
      String status,
      String seedStatus,
      String statusNote,
      String description,
      List<String> references,
      List<String> fields) {

    static List<CatalogRow> parseAll(String text) {
      List<CatalogRow> rows = new ArrayList<>();
      try (CSVParser parser = csv(text, true)) {
        assertEquals(COLUMNS, parser.getHeaderNames(), "columns");
        for (CSVRecord r : parser) {
          long line = parser.getCurrentLineNumber();
          assertEquals(COLUMNS.size(), r.size(), "line " + line + ": field count");
          rows.add(
              new CatalogRow(
                  line,
                  Integer.parseInt(r.get("port")),
                  words(r.get("transports")),
                  r.get("constant"),
                  r.get("service"),
                  words(r.get("aliases")),
                  r.get("status"),
                  r.get("seed_status"),
                  r.get("status_note"),
                  r.get("description"),
                  words(r.get("references")),
                  r.toList()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return rows;
    }

    /** The lower-case names this row answers to: constant, service and aliases. */
    Set<String> lookupKeys() {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(constant.toLowerCase(Locale.ROOT));
      if (!service.isEmpty()) {
        keys.add(service.toLowerCase(Locale.ROOT));
      }
      aliases.forEach(a -> keys.add(a.toLowerCase(Locale.ROOT)));
      return keys;
    }
  }

  /** The columns of an IANA registry record that these tests use. */
  record IanaRecord(
      String name,
      String port,
      String transport,
      String description,
      String reference,
      String notes) {

    static List<IanaRecord> parseAll(String text) {
      List<IanaRecord> records = new ArrayList<>();
      try (CSVParser parser = csv(text, false)) {
        for (CSVRecord r : parser) {
          records.add(
              new IanaRecord(
                  r.get("Service Name"),
                  r.get("Port Number"),
                  r.get("Transport Protocol"),
                  r.get("Description"),
                  r.get("Reference"),
                  r.get("Assignment Notes")));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return records;
    }
  }
}
